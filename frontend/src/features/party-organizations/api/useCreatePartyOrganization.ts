import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap, useApi } from '@/api';
import { partyOrganizationKeys } from './keys';
import type { PartyOrganizationRequest } from './types';

/** `POST /party-organizations`; refreshes the lists and trees the new organisation appears in. */
export function useCreatePartyOrganization() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: PartyOrganizationRequest) =>
      await unwrap(api.POST('/api/v1/party-organizations', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: partyOrganizationKeys.all }),
  });
}
