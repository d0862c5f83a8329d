import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap, useApi } from '@/api';
import { partyOrganizationKeys } from './keys';
import type { PartyOrganizationRequest } from './types';

export interface UpdatePartyOrganizationInput {
  id: number;
  /** The version that was read; a stale one is refused with 409 `version.stale`. */
  version: number;
  body: PartyOrganizationRequest;
}

/** `PUT /party-organizations/{id}`; refreshes the lists, trees and the organisation itself. */
export function useUpdatePartyOrganization() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, version, body }: UpdatePartyOrganizationInput) =>
      await unwrap(
        api.PUT('/api/v1/party-organizations/{id}', { params: { path: { id } }, body: { ...body, version } }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: partyOrganizationKeys.all }),
  });
}
