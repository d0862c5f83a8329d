import type { FeedbackListParams } from './types';

/** Query keys of the staff feedback inbox. */
export const feedbackKeys = {
  all: ['feedback'] as const,
  lists: () => [...feedbackKeys.all, 'list'] as const,
  list: (params: FeedbackListParams) => [...feedbackKeys.lists(), params] as const,
  detail: (id: number) => [...feedbackKeys.all, 'detail', id] as const,
  history: (id: number) => [...feedbackKeys.all, 'detail', id, 'history'] as const,
};
