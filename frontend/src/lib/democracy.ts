import type { components } from '@/api';

type Schemas = components['schemas'];
export type DemocracyRight = Schemas['DemocracyRight'];
export type FeedbackStatus = Schemas['FeedbackStatus'];
export type FeedbackType = Schemas['FeedbackType'];
export type CommentOutcome = Schemas['CommentOutcome'];
export type ConsultationWindow = Schemas['ConsultationWindow'];

/** Dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng — in the law's order. */
export const DEMOCRACY_RIGHTS: readonly DemocracyRight[] = ['KNOW', 'DISCUSS', 'DO', 'INSPECT', 'SUPERVISE', 'BENEFIT'];
export const FEEDBACK_TYPES: readonly FeedbackType[] = ['FEEDBACK', 'PETITION'];
/** In the order a feedback lives through them. */
export const FEEDBACK_STATUSES: readonly FeedbackStatus[] = [
  'RECEIVED',
  'ASSIGNED',
  'IN_PROGRESS',
  'ANSWERED',
  'CLOSED',
  'REJECTED',
];
export const COMMENT_OUTCOMES: readonly CommentOutcome[] = ['ACCEPTED', 'PARTLY_ACCEPTED', 'NOT_ACCEPTED'];

export const FEEDBACK_STATUS_COLORS: Record<FeedbackStatus, string> = {
  RECEIVED: 'blue',
  ASSIGNED: 'cyan',
  IN_PROGRESS: 'processing',
  ANSWERED: 'success',
  CLOSED: 'default',
  REJECTED: 'error',
};

export const COMMENT_OUTCOME_COLORS: Record<CommentOutcome, string> = {
  ACCEPTED: 'success',
  PARTLY_ACCEPTED: 'warning',
  NOT_ACCEPTED: 'default',
};

export const WINDOW_COLORS: Record<ConsultationWindow, string> = {
  UPCOMING: 'blue',
  OPEN: 'success',
  CLOSED: 'default',
};

/**
 * Whether a consultation's window (sắp / đang / đã hết hạn lấy ý kiến) is worth a tag beside its
 * status: only while it is published. A draft or a cancelled consultation takes no comments whatever
 * its dates say, and a concluded one says so by its status (docs/status-words.md).
 */
export function showsWindow(status: Schemas['ConsultationStatus']): boolean {
  return status === 'PUBLISHED';
}
