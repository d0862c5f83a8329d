import { useQuery } from '@tanstack/react-query';
import { unwrap, useApi } from '@/api';
import { unitKeys } from './keys';

/**
 * `GET /units/{id}/tree`: the nested subtree under a unit, for the tree and the parent picker; with `on`,
 * the structure of that day (the units that existed then, with the names and parents they had).
 */
export function useUnitTree(rootId: number | undefined, on?: string) {
  const api = useApi();
  return useQuery({
    queryKey: unitKeys.tree(rootId ?? -1, on),
    queryFn: async ({ signal }) =>
      await unwrap(
        api.GET('/api/v1/units/{id}/tree', { params: { path: { id: rootId as number }, query: { on } }, signal }),
      ),
    enabled: rootId !== undefined,
    staleTime: 60_000,
  });
}
