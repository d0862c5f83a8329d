import { useQuery } from '@tanstack/react-query';
import { unwrap, useApi } from '@/api';
import { unitKeys } from './keys';
import type { UnitLineageEvent } from './reorganisationTypes';

/** `GET /units/{id}/lineage`: where a unit came from and went into, oldest first. */
export function useUnitLineage(id: number | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: unitKeys.lineage(id ?? -1),
    queryFn: async ({ signal }) =>
      (await unwrap(
        api.GET('/api/v1/units/{id}/lineage', { params: { path: { id: id as number } }, signal }),
      )) as UnitLineageEvent[],
    enabled: id !== undefined,
  });
}
