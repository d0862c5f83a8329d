import { useQuery } from '@tanstack/react-query';
import { unwrap, useApi } from '@/api';
import { unitKeys } from './keys';

/** `GET /units/{id}/tree`: the nested subtree under a unit, for the tree and the parent picker. */
export function useUnitTree(rootId: number | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: unitKeys.tree(rootId ?? -1),
    queryFn: async ({ signal }) =>
      await unwrap(api.GET('/api/v1/units/{id}/tree', { params: { path: { id: rootId as number } }, signal })),
    enabled: rootId !== undefined,
    staleTime: 60_000,
  });
}
