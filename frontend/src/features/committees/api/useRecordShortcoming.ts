import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap, useApi } from '@/api';
import { committeeKeys } from './keys';
import type { RemedyRequest, Shortcoming, ShortcomingRequest } from './types';

/** `POST /committees/{id}/shortcomings`: a shortcoming with its causes (remedies are added after). */
export function useCreateShortcoming() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ committeeId, body }: { committeeId: number; body: ShortcomingRequest }) =>
      (await unwrap(
        api.POST('/api/v1/committees/{id}/shortcomings', { params: { path: { id: committeeId } }, body }),
      )) as Shortcoming,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: committeeKeys.all }),
  });
}

/** `POST /committees/{id}/shortcomings/{shortcomingId}/remedies`: one remedy, with its owner unit and deadline. */
export function useAddRemedy() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({
      committeeId,
      shortcomingId,
      body,
    }: {
      committeeId: number;
      shortcomingId: number;
      body: RemedyRequest;
    }) =>
      (await unwrap(
        api.POST('/api/v1/committees/{id}/shortcomings/{shortcomingId}/remedies', {
          params: { path: { id: committeeId, shortcomingId } },
          body,
        }),
      )) as Shortcoming,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: committeeKeys.all }),
  });
}
