import { useQuery } from '@tanstack/react-query';
import { unwrap, useApi } from '@/api';
import { committeeKeys } from './keys';

/** `GET /committees/{id}/meetings?year=`. */
export function useCommitteeMeetings(id: number, year: number) {
  const api = useApi();
  return useQuery({
    queryKey: committeeKeys.meetings(id, year),
    queryFn: async ({ signal }) =>
      await unwrap(api.GET('/api/v1/committees/{id}/meetings', { params: { path: { id }, query: { year } }, signal })),
  });
}
