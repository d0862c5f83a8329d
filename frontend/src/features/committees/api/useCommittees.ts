import { useQuery } from '@tanstack/react-query';
import { unwrap, useApi } from '@/api';
import { committeeKeys } from './keys';

/** `GET /committees`: the committees in the caller's scope, top of the tree first. */
export function useCommittees() {
  const api = useApi();
  return useQuery({
    queryKey: committeeKeys.list(),
    queryFn: async ({ signal }) =>
      await unwrap(api.GET('/api/v1/committees', { params: { query: { size: '200' } }, signal })),
  });
}
