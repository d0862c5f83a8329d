import { useQuery } from '@tanstack/react-query';
import { unwrap, useApi } from '@/api';
import { partyMemberKeys } from './keys';

/** `GET /party-members/{id}`: one member with their current `version`, read afresh before a change. */
export function usePartyMember(id: number | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: partyMemberKeys.detail(id ?? -1),
    queryFn: async ({ signal }) =>
      await unwrap(api.GET('/api/v1/party-members/{id}', { params: { path: { id: id as number } }, signal })),
    enabled: id !== undefined,
    staleTime: 0,
  });
}
