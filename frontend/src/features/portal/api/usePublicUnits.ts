import { useQuery } from '@tanstack/react-query';
import { unwrap, useApi } from '@/api';
import { portalKeys } from './keys';

/** `GET /public/units?q=`: active units whose name or code holds the words, tone marks or not. */
export function usePublicUnits(q: string) {
  const api = useApi();
  return useQuery({
    queryKey: portalKeys.units(q),
    queryFn: async ({ signal }) =>
      await unwrap(api.GET('/api/v1/public/units', { params: { query: { q, page: '0', size: '20' } }, signal })),
    enabled: q.length >= 2,
    staleTime: 5 * 60_000,
  });
}
