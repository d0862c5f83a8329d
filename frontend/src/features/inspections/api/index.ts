export { inspectionKeys } from './keys';
export {
  CONDUCTING_BODIES,
  DISCIPLINARY_SOURCES,
  INSPECTION_KINDS,
  INSPECTION_STATUSES,
  type Conclusion,
  type ConclusionRequest,
  type ConductingBody,
  type DisciplinaryAction,
  type DisciplinaryActionRequest,
  type DisciplinaryForm,
  type DisciplinarySource,
  type FieldChange,
  type HistoryEntry,
  type Inspection,
  type InspectionForm,
  type InspectionKind,
  type InspectionListParams,
  type InspectionPage,
  type InspectionRequest,
  type InspectionStatus,
  type InspectionSummary,
  type MemberOption,
  type OrganizationOption,
  type Recommendation,
  type RecommendationStatus,
  type SubjectType,
} from './types';
export { useConclusion } from './useConclusion';
export { useCreateDisciplinaryAction } from './useCreateDisciplinaryAction';
export { useCreateInspection } from './useCreateInspection';
export { useDisciplinaryActions } from './useDisciplinaryActions';
export { useInspection } from './useInspection';
export { useInspectionHistory } from './useInspectionHistory';
export { useInspections } from './useInspections';
export { useInspectionSummary } from './useInspectionSummary';
export { useMarkRecommendationDone, type RecommendationDoneRequest } from './useMarkRecommendationDone';
export { useInspectionTransition, type TransitionInput } from './useInspectionTransition';
export { useMemberOptions, useOrganizationOptions, useOriginSupervisions, usePartyMember } from './usePickerOptions';
export { useSaveConclusion } from './useSaveConclusion';
export { useUpdateInspection, type UpdateInspectionInput } from './useUpdateInspection';
