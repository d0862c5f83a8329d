export { portalKeys } from './keys';
export type {
  ConsultationResult,
  FeedbackReceipt,
  FeedbackTracking,
  Page,
  PublicComment,
  PublicConsultation,
  PublicConsultationSummary,
  PublicUnit,
} from './types';
export { useConsultationResult } from './useConsultationResult';
export { usePublicConsultation } from './usePublicConsultation';
export { usePublicConsultations } from './usePublicConsultations';
export { usePublicUnits } from './usePublicUnits';
export { useRateFeedback } from './useRateFeedback';
export { useSubmitComment } from './useSubmitComment';
export { useSubmitFeedback } from './useSubmitFeedback';
export { useTracking } from './useTracking';
