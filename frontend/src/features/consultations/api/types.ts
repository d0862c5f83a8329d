import type { components } from '@/api';

type Schemas = components['schemas'];

export type ConsultationKind = Schemas['ConsultationKind'];
export type ConsultationStatus = Schemas['ConsultationStatus'];
export type ConsultationSummary = Schemas['ConsultationSummary'];
export type Consultation = Schemas['Consultation'];
export type ConsultationRequest = Schemas['ConsultationRequest'];
export type ConsultationComment = Schemas['ConsultationComment'];
export type CommentAnswerRequest = Schemas['CommentAnswerRequest'];
export type HistoryEntry = Schemas['HistoryEntry'];

export interface ConsultationListParams {
  status?: ConsultationStatus;
  q?: string;
  page: number;
  size: number;
  /** `field,asc` or `field,desc`. */
  sort: string;
}

export const CONSULTATION_KINDS: readonly ConsultationKind[] = ['REGULATION', 'RULE', 'PLAN'];
export const CONSULTATION_STATUSES: readonly ConsultationStatus[] = ['DRAFT', 'PUBLISHED', 'CONCLUDED', 'CANCELLED'];
