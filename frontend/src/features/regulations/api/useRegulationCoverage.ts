import { useQuery } from '@tanstack/react-query';
import { unwrap, useApi } from '@/api';
import { regulationKeys } from './keys';

/** `GET /regulations/coverage`: the share of units under the caller's with a regulation in force. */
export function useRegulationCoverage() {
  const api = useApi();
  return useQuery({
    queryKey: regulationKeys.coverage(),
    queryFn: async ({ signal }) =>
      await unwrap(api.GET('/api/v1/regulations/coverage', { params: { query: { page: '0', size: '5' } }, signal })),
    staleTime: 60_000,
  });
}
