import { useQuery } from '@tanstack/react-query';
import { unwrap, useApi } from '@/api';
import { partyOrganizationKeys } from './keys';

/** `GET /party-organizations/{id}`: one organisation with its current `version`, read afresh before editing. */
export function usePartyOrganization(id: number | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: partyOrganizationKeys.detail(id ?? -1),
    queryFn: async ({ signal }) =>
      await unwrap(api.GET('/api/v1/party-organizations/{id}', { params: { path: { id: id as number } }, signal })),
    enabled: id !== undefined,
    staleTime: 0,
  });
}
