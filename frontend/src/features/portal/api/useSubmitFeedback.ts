import { useMutation } from '@tanstack/react-query';
import { unwrap, useApi } from '@/api';
import type { PublicFeedbackRequest } from './types';

export interface SubmitFeedbackInput {
  body: PublicFeedbackRequest;
  /** The same key for every retry of one submission. */
  idempotencyKey: string;
}

/** `POST /public/feedback`, signed out. */
export function useSubmitFeedback() {
  const api = useApi();
  return useMutation({
    mutationFn: async ({ body, idempotencyKey }: SubmitFeedbackInput) =>
      await unwrap(
        api.POST('/api/v1/public/feedback', { body, params: { header: { 'Idempotency-Key': idempotencyKey } } }),
      ),
  });
}
