import type { components, Present } from '@/api';

type Schemas = components['schemas'];

export type PublicUnit = Present<Schemas['PublicUnit'], 'id' | 'code' | 'name'>;
export type PublicFeedbackRequest = Schemas['PublicFeedbackRequest'];
export type FeedbackReceipt = Present<Schemas['FeedbackReceipt'], 'trackingCode' | 'status' | 'receivedAt'>;
export type FeedbackTracking = Present<Schemas['FeedbackTracking'], 'trackingCode' | 'status' | 'title' | 'receivedAt'>;
export type PublicConsultationSummary = Present<
  Schemas['PublicConsultationSummary'],
  'id' | 'title' | 'opensOn' | 'closesOn' | 'window'
>;
export type PublicConsultation = Present<
  Schemas['PublicConsultation'],
  'id' | 'title' | 'text' | 'opensOn' | 'closesOn' | 'window'
>;
export type PublicCommentRequest = Schemas['PublicCommentRequest'];
export type PublicCommentReceipt = Schemas['PublicCommentReceipt'];
export type PublicComment = Present<Schemas['PublicComment'], 'id' | 'text' | 'receivedAt'>;
export type ConsultationResult = {
  consultation: PublicConsultationSummary;
  counts?: Schemas['CommentCounts'];
  comments: { items: PublicComment[]; page: number; size: number; total: number };
};

export interface Page<T> {
  items: T[];
  page: number;
  size: number;
  total: number;
}
export type Attachment = Schemas['Attachment'];
export type AttachmentVisibility = Schemas['Visibility'];
