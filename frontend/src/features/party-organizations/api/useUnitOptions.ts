import { useQuery } from '@tanstack/react-query';
import { unwrap, useApi } from '@/api';
import { partyOrganizationKeys } from './keys';
import type { UnitOption } from './types';

/** `GET /units/{id}/tree`: the caller's units, for the unit filter and the unit picker. */
export function useUnitOptions(rootId: number | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: partyOrganizationKeys.unitTree(rootId ?? -1),
    queryFn: async ({ signal }) =>
      (await unwrap(
        api.GET('/api/v1/units/{id}/tree', { params: { path: { id: rootId as number } }, signal }),
      )) as UnitOption,
    enabled: rootId !== undefined,
    staleTime: 60_000,
  });
}
