import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { unwrap, useApi } from '@/api';
import { regulationKeys } from './keys';
import type { RegulationListParams } from './types';

/** `GET /regulations`: one page of the regulations and conventions in the caller's scope. */
export function useRegulations(params: RegulationListParams) {
  const api = useApi();
  return useQuery({
    queryKey: regulationKeys.list(params),
    queryFn: async ({ signal }) => {
      const { page, size, sort, ...filters } = params;
      const query = { ...filters, page: String(page), size: String(size), sort: [sort] };
      return await unwrap(api.GET('/api/v1/regulations', { params: { query }, signal }));
    },
    placeholderData: keepPreviousData,
  });
}
