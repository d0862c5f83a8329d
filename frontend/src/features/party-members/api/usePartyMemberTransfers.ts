import { useQuery } from '@tanstack/react-query';
import { unwrap, useApi } from '@/api';
import { partyMemberKeys } from './keys';

/** `GET /party-members/{id}/transfers`: where the member moved, newest first. */
export function usePartyMemberTransfers(id: number | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: partyMemberKeys.transfers(id ?? -1),
    queryFn: async ({ signal }) =>
      await unwrap(api.GET('/api/v1/party-members/{id}/transfers', { params: { path: { id: id as number } }, signal })),
    enabled: id !== undefined,
  });
}
