import { useQuery } from '@tanstack/react-query';
import { unwrap, useApi } from '@/api';
import { partyOrganizationKeys } from './keys';

/** `GET /party-organizations/{id}/tree`: the organisations under one, nested. */
export function usePartyOrganizationTree(rootId: number | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: partyOrganizationKeys.tree(rootId ?? -1),
    queryFn: async ({ signal }) =>
      await unwrap(
        api.GET('/api/v1/party-organizations/{id}/tree', { params: { path: { id: rootId as number } }, signal }),
      ),
    enabled: rootId !== undefined,
    staleTime: 60_000,
  });
}
