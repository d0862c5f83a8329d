import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { unwrap, useApi } from '@/api';
import { partyMemberKeys } from './keys';

/** `GET /party-organizations?q=&active=true`: the active organisations a member may belong or move to, searched by name or code. */
export function useOrganizationOptions(q: string) {
  const api = useApi();
  return useQuery({
    queryKey: partyMemberKeys.organizations(q),
    queryFn: async ({ signal }) =>
      await unwrap(
        api.GET('/api/v1/party-organizations', {
          params: { query: { q: q || undefined, active: true, page: '0', size: '20', sort: ['name,asc'] } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}
