import { canHandleFeedback, type Role } from '@/lib/auth';
import type { FeedbackStatus } from '@/lib/democracy';
import type { Feedback, FeedbackVerb } from '../api';

const OPEN: readonly FeedbackStatus[] = ['RECEIVED', 'ASSIGNED', 'IN_PROGRESS'];
/** A rating at or below this lets an officer reopen the feedback (the server's rule). */
export const LOW_RATING = 2;

/**
 * The operations the API would accept now, for this status and role: the buttons offered. The
 * server decides in the end (409 for an illegal one); this only hides what cannot work.
 */
export function legalOperations(feedback: Pick<Feedback, 'status' | 'rating'>, roles: readonly Role[]): FeedbackVerb[] {
  if (!canHandleFeedback(roles)) {
    return [];
  }
  const admin = roles.includes('admin');
  const status = feedback.status;
  const verbs: FeedbackVerb[] = [];
  if (status === 'RECEIVED' || status === 'ASSIGNED') verbs.push('start');
  if (OPEN.includes(status)) verbs.push('assign');
  if (status === 'IN_PROGRESS') verbs.push('answer');
  if (status === 'ANSWERED') verbs.push('close');
  if (OPEN.includes(status)) verbs.push('reject', 'priority');
  const reopenable = admin
    ? ['ANSWERED', 'CLOSED', 'REJECTED'].includes(status)
    : ['ANSWERED', 'CLOSED'].includes(status) && feedback.rating != null && feedback.rating <= LOW_RATING;
  if (reopenable) verbs.push('reopen');
  return verbs;
}

export function isOpen(status: FeedbackStatus): boolean {
  return OPEN.includes(status);
}
