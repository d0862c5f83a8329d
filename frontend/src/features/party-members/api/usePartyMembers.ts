import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { unwrap, useApi } from '@/api';
import { partyMemberKeys } from './keys';
import type { PartyMemberListParams } from './types';

/** `GET /party-members`: one page of the members in the caller's scope (admin and inspector only). */
export function usePartyMembers(params: PartyMemberListParams) {
  const api = useApi();
  return useQuery({
    queryKey: partyMemberKeys.list(params),
    queryFn: async ({ signal }) => {
      const { page, size, sort, ...filters } = params;
      const query = { ...filters, page: String(page), size: String(size), sort: [sort] };
      return await unwrap(api.GET('/api/v1/party-members', { params: { query }, signal }));
    },
    placeholderData: keepPreviousData,
  });
}
