import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { unwrap, useApi } from '@/api';
import { conferenceKeys } from './keys';
import type { LaggingUnitsParams, Page, UnitRef } from './types';

/** `GET /conferences/lagging-units`: the agencies, public service units and enterprises that held none in the year. */
export function useLaggingUnits(params: LaggingUnitsParams) {
  const api = useApi();
  return useQuery({
    queryKey: conferenceKeys.lagging(params),
    queryFn: async ({ signal }) => {
      const { page, size, ...filters } = params;
      const query = { ...filters, page: String(page), size: String(size) };
      return (await unwrap(
        api.GET('/api/v1/conferences/lagging-units', { params: { query }, signal }),
      )) as Page<UnitRef>;
    },
    placeholderData: keepPreviousData,
  });
}
