import { useQuery } from '@tanstack/react-query';
import { unwrap, useApi } from '@/api';
import { committeeKeys } from './keys';
import type { Shortcoming } from './types';

/** `GET /committees/{id}/shortcomings`: every year's, with causes and remedies. */
export function useShortcomings(id: number) {
  const api = useApi();
  return useQuery({
    queryKey: committeeKeys.shortcomings(id),
    queryFn: async ({ signal }) =>
      (await unwrap(
        api.GET('/api/v1/committees/{id}/shortcomings', { params: { path: { id } }, signal }),
      )) as Shortcoming[],
  });
}
