import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { unwrap, useApi } from '@/api';
import { inspectionKeys } from './keys';
import type { InspectionListParams } from './types';

/** `GET /inspections`: one page of the inspection and supervision plan in the caller's scope. */
export function useInspections(params: InspectionListParams) {
  const api = useApi();
  return useQuery({
    queryKey: inspectionKeys.list(params),
    queryFn: async ({ signal }) => {
      const { page, size, sort, ...filters } = params;
      const query = { ...filters, page: String(page), size: String(size), sort: [sort] };
      return await unwrap(api.GET('/api/v1/inspections', { params: { query }, signal }));
    },
    placeholderData: keepPreviousData,
  });
}
