import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { unwrap, useApi } from '@/api';
import { unitKeys } from './keys';
import type { UnitListParams } from './types';

/** `GET /units`: one page of the units in the caller's scope, filtered and sorted on the server. */
export function useUnits(params: UnitListParams) {
  const api = useApi();
  return useQuery({
    queryKey: unitKeys.list(params),
    queryFn: async ({ signal }) => {
      const { page, size, sort, ...filters } = params;
      const query = { ...filters, page: String(page), size: String(size), sort: [sort] };
      return await unwrap(api.GET('/api/v1/units', { params: { query }, signal }));
    },
    // Keep the rows on screen while the next page or filter loads.
    placeholderData: keepPreviousData,
  });
}
