import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap, useApi } from '@/api';
import { consultationKeys } from './keys';
import type { CommentAnswerRequest, ConsultationRequest } from './types';

/** `POST /consultations`: a DRAFT of a unit in scope. */
export function useCreateConsultation() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: ConsultationRequest) => await unwrap(api.POST('/api/v1/consultations', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: consultationKeys.lists() }),
  });
}

export type ConsultationVerb = 'publish' | 'conclude' | 'cancel';

/** `POST /consultations/{id}/publish|conclude|cancel` with the version read. */
export function useConsultationTransition(id: number) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ verb, version }: { verb: ConsultationVerb; version: number }) => {
      const request = { params: { path: { id } }, body: { version } };
      const call =
        verb === 'publish'
          ? api.POST('/api/v1/consultations/{id}/publish', request)
          : verb === 'conclude'
            ? api.POST('/api/v1/consultations/{id}/conclude', request)
            : api.POST('/api/v1/consultations/{id}/cancel', request);
      return await unwrap(call);
    },
    onSuccess: (consultation) => {
      queryClient.setQueryData(consultationKeys.detail(id), consultation);
      void queryClient.invalidateQueries({ queryKey: consultationKeys.lists() });
      void queryClient.invalidateQueries({ queryKey: consultationKeys.history(id) });
    },
    onError: () => queryClient.invalidateQueries({ queryKey: consultationKeys.detail(id) }),
  });
}

/** `POST /consultations/{id}/comments/{commentId}/answer`: tiếp thu, giải trình. */
export function useAnswerComment(consultationId: number) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ commentId, body }: { commentId: number; body: CommentAnswerRequest }) =>
      await unwrap(
        api.POST('/api/v1/consultations/{id}/comments/{commentId}/answer', {
          params: { path: { id: consultationId, commentId } },
          body,
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: consultationKeys.detail(consultationId) }),
  });
}
