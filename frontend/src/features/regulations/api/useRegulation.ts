import { useQuery } from '@tanstack/react-query';
import { unwrap, useApi } from '@/api';
import { regulationKeys } from './keys';

/** `GET /regulations/{id}`: one regulation with its current `version`, read afresh before any change. */
export function useRegulation(id: number | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: regulationKeys.detail(id ?? -1),
    queryFn: async ({ signal }) =>
      await unwrap(api.GET('/api/v1/regulations/{id}', { params: { path: { id: id as number } }, signal })),
    enabled: id !== undefined,
    staleTime: 0,
  });
}
