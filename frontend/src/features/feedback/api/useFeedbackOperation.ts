import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap, useApi, type components } from '@/api';
import { feedbackKeys } from './keys';
import type { Feedback } from './types';

type Schemas = components['schemas'];

/** The explicit operations of the inbox, each with the body its endpoint takes (the version read included). */
export type FeedbackOperation =
  | { verb: 'assign'; body: Schemas['FeedbackAssignRequest'] }
  | { verb: 'start'; body: Schemas['FeedbackVersionRequest'] }
  | { verb: 'answer'; body: Schemas['FeedbackAnswerRequest'] }
  | { verb: 'close'; body: Schemas['FeedbackVersionRequest'] }
  | { verb: 'reject'; body: Schemas['FeedbackRejectRequest'] }
  | { verb: 'reopen'; body: Schemas['FeedbackVersionRequest'] }
  | { verb: 'priority'; body: Schemas['FeedbackPriorityRequest'] };

export type FeedbackVerb = FeedbackOperation['verb'];

/** `POST /feedback/{id}/{verb}`; an illegal one or a stale version answers 409. */
export function useFeedbackOperation(id: number) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (operation: FeedbackOperation) => {
      const path = { params: { path: { id } } };
      switch (operation.verb) {
        case 'assign':
          return (await unwrap(
            api.POST('/api/v1/feedback/{id}/assign', { ...path, body: operation.body }),
          )) as Feedback;
        case 'start':
          return (await unwrap(api.POST('/api/v1/feedback/{id}/start', { ...path, body: operation.body }))) as Feedback;
        case 'answer':
          return (await unwrap(
            api.POST('/api/v1/feedback/{id}/answer', { ...path, body: operation.body }),
          )) as Feedback;
        case 'close':
          return (await unwrap(api.POST('/api/v1/feedback/{id}/close', { ...path, body: operation.body }))) as Feedback;
        case 'reject':
          return (await unwrap(
            api.POST('/api/v1/feedback/{id}/reject', { ...path, body: operation.body }),
          )) as Feedback;
        case 'reopen':
          return (await unwrap(
            api.POST('/api/v1/feedback/{id}/reopen', { ...path, body: operation.body }),
          )) as Feedback;
        case 'priority':
          return (await unwrap(
            api.POST('/api/v1/feedback/{id}/priority', { ...path, body: operation.body }),
          )) as Feedback;
      }
    },
    onSuccess: (feedback) => {
      queryClient.setQueryData(feedbackKeys.detail(id), feedback);
      void queryClient.invalidateQueries({ queryKey: feedbackKeys.history(id) });
      void queryClient.invalidateQueries({ queryKey: feedbackKeys.lists() });
    },
    // A 409 means someone else changed it: show what is there now.
    onError: () => queryClient.invalidateQueries({ queryKey: feedbackKeys.detail(id) }),
  });
}
