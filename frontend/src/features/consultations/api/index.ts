export { consultationKeys } from './keys';
export {
  CONSULTATION_KINDS,
  CONSULTATION_STATUSES,
  type Consultation,
  type ConsultationComment,
  type ConsultationKind,
  type ConsultationListParams,
  type ConsultationRequest,
  type ConsultationStatus,
  type ConsultationSummary,
} from './types';
export { useConsultation, useConsultationComments, useConsultationHistory } from './useConsultation';
export {
  useAnswerComment,
  useConsultationTransition,
  useCreateConsultation,
  type ConsultationVerb,
} from './useConsultationMutations';
export { useConsultations } from './useConsultations';
