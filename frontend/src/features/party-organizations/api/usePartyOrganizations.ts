import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { unwrap, useApi } from '@/api';
import { partyOrganizationKeys } from './keys';
import type { PartyOrganizationListParams } from './types';

/** `GET /party-organizations`: one page of the organisations in the caller's scope. */
export function usePartyOrganizations(params: PartyOrganizationListParams) {
  const api = useApi();
  return useQuery({
    queryKey: partyOrganizationKeys.list(params),
    queryFn: async ({ signal }) => {
      const { page, size, sort, ...filters } = params;
      const query = { ...filters, page: String(page), size: String(size), sort: [sort] };
      return await unwrap(api.GET('/api/v1/party-organizations', { params: { query }, signal }));
    },
    placeholderData: keepPreviousData,
  });
}
