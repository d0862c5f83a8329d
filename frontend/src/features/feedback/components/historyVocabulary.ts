import type { HistoryVocabulary } from '@/components/historyWords';

/** A feedback's history: statuses, priorities and reasons in words, units by name. The sender is never in it. */
export const FEEDBACK_HISTORY: HistoryVocabulary = {
  values: {
    status: 'feedbackStatus',
    priority: 'priority',
    rejectReason: 'rejectReason',
    missedDeadline: 'missedDeadline',
  },
  unitFields: ['unit', 'assignedUnit', 'escalatedTo'],
};
