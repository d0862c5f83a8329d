import type { components, Present } from '@/api';
import type { DemocracyRight, FeedbackStatus } from '@/lib/democracy';

type Schemas = components['schemas'];

export type Channel = Schemas['FeedbackChannel'];
export type Priority = Schemas['FeedbackPriority'];
export type RejectReason = Schemas['FeedbackRejectReason'];
export type UnitRef = Present<Schemas['UnitRef'], 'id' | 'name'>;
export type Feedback = Present<
  Omit<Schemas['Feedback'], 'unit'>,
  | 'id'
  | 'trackingCode'
  | 'right'
  | 'type'
  | 'channel'
  | 'title'
  | 'text'
  | 'status'
  | 'priority'
  | 'receivedAt'
  | 'version'
> & { unit: UnitRef };
export type StaffFeedbackRequest = Schemas['StaffFeedbackRequest'];
export type HistoryEntry = Schemas['HistoryEntry'];

export interface Page<T> {
  items: T[];
  page: number;
  size: number;
  total: number;
}

export interface FeedbackListParams {
  status?: FeedbackStatus;
  right?: DemocracyRight;
  channel?: Channel;
  unitId?: number;
  overdue?: boolean;
  from?: string;
  to?: string;
  q?: string;
  page: number;
  size: number;
  sort: string;
}

/** The channels staff record by hand; WEB comes through the portal and INTEGRATION from systems. */
export const STAFF_CHANNELS: readonly Channel[] = ['HOTLINE', 'MEETING', 'MAILBOX'];
export const CHANNELS: readonly Channel[] = ['WEB', 'HOTLINE', 'MEETING', 'MAILBOX', 'INTEGRATION'];
export const PRIORITIES: readonly Priority[] = ['NORMAL', 'URGENT'];
export const REJECT_REASONS: readonly RejectReason[] = [
  'REFERRED',
  'DUPLICATE',
  'NOT_ACTIONABLE',
  'OUT_OF_SCOPE',
  'ABUSIVE',
];
