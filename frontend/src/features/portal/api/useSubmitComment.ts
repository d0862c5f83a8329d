import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap, useApi } from '@/api';
import { portalKeys } from './keys';
import type { PublicCommentRequest } from './types';

export interface SubmitCommentInput {
  consultationId: number;
  body: PublicCommentRequest;
  /** The same key for every retry of one comment. */
  idempotencyKey: string;
}

/** `POST /public/consultations/{id}/comments`, signed out, while it is open. */
export function useSubmitComment() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ consultationId, body, idempotencyKey }: SubmitCommentInput) =>
      await unwrap(
        api.POST('/api/v1/public/consultations/{id}/comments', {
          params: { path: { id: consultationId }, header: { 'Idempotency-Key': idempotencyKey } },
          body,
        }),
      ),
    onSuccess: (_receipt, { consultationId }) =>
      queryClient.invalidateQueries({ queryKey: portalKeys.consultation(consultationId) }),
  });
}
