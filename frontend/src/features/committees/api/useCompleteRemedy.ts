import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap, useApi } from '@/api';
import { committeeKeys } from './keys';

/** `POST /committees/{id}/remedies/{remedyId}/complete`: the remedy is done, with its evidence. */
export function useCompleteRemedy() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: { committeeId: number; remedyId: number; evidence: string; version: number }) =>
      await unwrap(
        api.POST('/api/v1/committees/{id}/remedies/{remedyId}/complete', {
          params: { path: { id: input.committeeId, remedyId: input.remedyId } },
          body: { evidence: input.evidence, version: input.version },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: committeeKeys.all }),
  });
}
