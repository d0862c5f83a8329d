export { portalKeys } from './keys';
export type {
  Attachment,
  AttachmentVisibility,
  ConsultationResult,
  FeedbackReceipt,
  FeedbackTracking,
  PublicComment,
  PublicConsultation,
  PublicConsultationSummary,
  PublicUnit,
} from './types';
export { publicAttachmentUrl, usePublicAttachments } from './usePublicAttachments';
export { useUploadFeedbackFiles, type FileProgress } from './useUploadFeedbackFiles';
export { useConsultationResult } from './useConsultationResult';
export { usePublicConsultation } from './usePublicConsultation';
export { usePublicConsultations } from './usePublicConsultations';
export { usePublicUnits } from './usePublicUnits';
export { useRateFeedback } from './useRateFeedback';
export { useSubmitComment } from './useSubmitComment';
export { useSubmitFeedback } from './useSubmitFeedback';
export { useTracking } from './useTracking';
