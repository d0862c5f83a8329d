import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap, useApi, type components } from '@/api';
import { inspectionKeys } from './keys';

export type RecommendationDoneRequest = components['schemas']['RecommendationDoneRequest'];

/**
 * `POST /inspections/{id}/recommendations/{rid}/done`: a recommendation of a concluded or closed
 * inspection carried out on a day, with its evidence; by an inspector or the responsible unit's
 * officer. Versioned: a stale version answers 409 and changes nothing.
 */
export function useMarkRecommendationDone() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({
      inspectionId,
      recommendationId,
      body,
    }: {
      inspectionId: number;
      recommendationId: number;
      body: RecommendationDoneRequest;
    }) =>
      await unwrap(
        api.POST('/api/v1/inspections/{id}/recommendations/{recommendationId}/done', {
          params: { path: { id: inspectionId, recommendationId } },
          body,
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: inspectionKeys.all }),
  });
}
