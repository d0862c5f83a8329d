import type { FeedbackStatus } from '@/lib/democracy';
import type { Feedback, FeedbackVerb } from '../api';

const OPEN: readonly FeedbackStatus[] = ['RECEIVED', 'ASSIGNED', 'IN_PROGRESS'];
/** The order the buttons are offered in. */
const VERBS: readonly FeedbackVerb[] = ['start', 'assign', 'answer', 'close', 'reject', 'priority', 'reopen'];

/**
 * The operations the API says the caller may perform on this feedback now (its `allowedActions`,
 * whose wire names are the SPA's verbs): the buttons offered, in a stable order.
 */
export function offeredOperations(feedback: Pick<Feedback, 'allowedActions'>): FeedbackVerb[] {
  return VERBS.filter((verb) => feedback.allowedActions.includes(verb));
}

export function isOpen(status: FeedbackStatus): boolean {
  return OPEN.includes(status);
}
