import { useQuery } from '@tanstack/react-query';
import { unwrap, useApi } from '@/api';
import { regulationKeys } from './keys';

/** `GET /regulations/{id}/history`: who changed the regulation, when and what, newest first. */
export function useRegulationHistory(id: number | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: regulationKeys.history(id ?? -1),
    queryFn: async ({ signal }) => {
      const page = await unwrap(
        api.GET('/api/v1/regulations/{id}/history', {
          params: { path: { id: id as number }, query: { page: '0', size: '100' } },
          signal,
        }),
      );
      return page.items;
    },
    enabled: id !== undefined,
  });
}
