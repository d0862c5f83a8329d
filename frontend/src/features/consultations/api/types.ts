import type { components, Present } from '@/api';

type Schemas = components['schemas'];

export type ConsultationKind = Schemas['ConsultationKind'];
export type ConsultationStatus = Schemas['ConsultationStatus'];
export type ConsultationSummary = Present<
  Schemas['ConsultationSummary'],
  'id' | 'title' | 'kind' | 'status' | 'window' | 'opensOn' | 'closesOn' | 'version'
>;
export type Consultation = Present<
  Schemas['Consultation'],
  'id' | 'title' | 'text' | 'kind' | 'status' | 'window' | 'opensOn' | 'closesOn' | 'version'
>;
export type ConsultationRequest = Schemas['ConsultationRequest'];
export type ConsultationComment = Present<Schemas['ConsultationComment'], 'id' | 'text' | 'receivedAt' | 'version'>;
export type CommentAnswerRequest = Schemas['CommentAnswerRequest'];
export type HistoryEntry = Schemas['HistoryEntry'];

export interface Page<T> {
  items: T[];
  page: number;
  size: number;
  total: number;
}

export interface ConsultationListParams {
  status?: ConsultationStatus;
  q?: string;
  page: number;
  size: number;
}

export const CONSULTATION_KINDS: readonly ConsultationKind[] = ['REGULATION', 'RULE', 'PLAN'];
export const CONSULTATION_STATUSES: readonly ConsultationStatus[] = ['DRAFT', 'PUBLISHED', 'CONCLUDED', 'CANCELLED'];
