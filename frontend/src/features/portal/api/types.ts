import type { components } from '@/api';

type Schemas = components['schemas'];

export type PublicUnit = Schemas['PublicUnit'];
export type PublicFeedbackRequest = Schemas['PublicFeedbackRequest'];
export type FeedbackReceipt = Schemas['FeedbackReceipt'];
export type FeedbackTracking = Schemas['FeedbackTracking'];
export type PublicConsultationSummary = Schemas['PublicConsultationSummary'];
export type PublicConsultation = Schemas['PublicConsultation'];
export type PublicCommentRequest = Schemas['PublicCommentRequest'];
export type PublicCommentReceipt = Schemas['PublicCommentReceipt'];
export type PublicComment = Schemas['PublicComment'];
export type ConsultationResult = {
  consultation: PublicConsultationSummary;
  counts?: Schemas['CommentCounts'];
  comments: { items: PublicComment[]; page: number; size: number; total: number };
};

export type Attachment = Schemas['Attachment'];
export type AttachmentVisibility = Schemas['Visibility'];
