import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap, useApi } from '@/api';
import { feedbackKeys } from './keys';
import type { StaffFeedbackRequest } from './types';

export interface RecordFeedbackInput {
  body: StaffFeedbackRequest;
  idempotencyKey: string;
}

/** `POST /feedback`: a feedback received by hotline, at a meeting or in a mailbox. */
export function useRecordFeedback() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ body, idempotencyKey }: RecordFeedbackInput) =>
      await unwrap(api.POST('/api/v1/feedback', { body, params: { header: { 'Idempotency-Key': idempotencyKey } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: feedbackKeys.lists() }),
  });
}
