import { useQuery } from '@tanstack/react-query';
import { unwrap, useApi } from '@/api';
import { unitKeys } from './keys';

/** `GET /units/{id}`: one unit with its current `version`, read afresh before editing. */
export function useUnit(id: number | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: unitKeys.detail(id ?? -1),
    queryFn: async ({ signal }) =>
      await unwrap(api.GET('/api/v1/units/{id}', { params: { path: { id: id as number } }, signal })),
    enabled: id !== undefined,
    staleTime: 0,
  });
}
