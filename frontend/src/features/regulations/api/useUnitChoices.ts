import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { unwrap, useApi } from '@/api';
import { regulationKeys } from './keys';
import type { UnitChoice } from './types';

/** `GET /units?q=`: the active units of the caller's scope matching typed words, for the unit picker. */
export function useUnitChoices(q: string) {
  const api = useApi();
  return useQuery({
    queryKey: regulationKeys.unitChoices(q),
    queryFn: async ({ signal }) => {
      const page = await unwrap(
        api.GET('/api/v1/units', {
          params: { query: { q: q || undefined, active: true, page: '0', size: '20', sort: ['name,asc'] } },
          signal,
        }),
      );
      return (page.items ?? []) as UnitChoice[];
    },
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}
