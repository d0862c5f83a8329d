export { regulationKeys } from './keys';
export {
  REGULATION_KINDS,
  REGULATION_STATUSES,
  type Regulation,
  type RegulationCoverage,
  type RegulationKind,
  type RegulationListParams,
  type RegulationPage,
  type RegulationStatus,
} from './types';
export { useRegulationCoverage } from './useRegulationCoverage';
export { useRegulations } from './useRegulations';
