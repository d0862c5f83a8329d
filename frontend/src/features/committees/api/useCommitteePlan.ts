import { useQuery } from '@tanstack/react-query';
import { unwrap, useApi } from '@/api';
import { committeeKeys } from './keys';

/** `GET /committees/{id}/plans/{year}`: the plan with each target's progress computed now; null when there is none. */
export function useCommitteePlan(id: number, year: number) {
  const api = useApi();
  return useQuery({
    queryKey: committeeKeys.plan(id, year),
    queryFn: async ({ signal }) => {
      const result = await api.GET('/api/v1/committees/{id}/plans/{year}', { params: { path: { id, year } }, signal });
      if (result.response.status === 404) {
        return null;
      }
      return await unwrap(Promise.resolve(result));
    },
  });
}
