export { inspectionKeys } from './keys';
export {
  INSPECTION_KINDS,
  INSPECTION_STATUSES,
  type Inspection,
  type InspectionForm,
  type InspectionKind,
  type InspectionListParams,
  type InspectionPage,
  type InspectionStatus,
  type InspectionSummary,
} from './types';
export { useInspections } from './useInspections';
export { useInspectionSummary } from './useInspectionSummary';
