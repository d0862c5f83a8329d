export { regulationKeys } from './keys';
export {
  REGULATION_KINDS,
  REGULATION_STATUSES,
  type HistoryEntry,
  type Regulation,
  type RegulationCoverage,
  type RegulationIssueRequest,
  type RegulationKind,
  type RegulationListParams,
  type RegulationPage,
  type RegulationRequest,
  type RegulationRevisionRequest,
  type RegulationStatus,
  type RegulationUpdateRequest,
} from './types';
export { useCreateRegulation } from './useCreateRegulation';
export { useDeleteRegulation } from './useDeleteRegulation';
export { useIssueRegulation } from './useIssueRegulation';
export { useRegulation } from './useRegulation';
export { useRegulationCoverage } from './useRegulationCoverage';
export { useRegulationHistory } from './useRegulationHistory';
export { useRegulations } from './useRegulations';
export { useRepealRegulation } from './useRepealRegulation';
export { useReviseRegulation, type ReviseRegulationInput } from './useReviseRegulation';
export { useSubmitRegulationForConsultation } from './useSubmitRegulationForConsultation';
export { useUpdateRegulation, type UpdateRegulationInput } from './useUpdateRegulation';
export { regulationActions, type RegulationAction } from './workflow';
