import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { unwrap, useApi } from '@/api';
import { disclosureKeys } from './keys';
import type { DisclosureListParams } from './types';

/** `GET /disclosures`: one page of what the units in the caller's scope made public. */
export function useDisclosures(params: DisclosureListParams) {
  const api = useApi();
  return useQuery({
    queryKey: disclosureKeys.list(params),
    queryFn: async ({ signal }) => {
      const { page, size, sort, ...filters } = params;
      const query = { ...filters, page: String(page), size: String(size), sort: [sort] };
      return await unwrap(api.GET('/api/v1/disclosures', { params: { query }, signal }));
    },
    placeholderData: keepPreviousData,
  });
}
