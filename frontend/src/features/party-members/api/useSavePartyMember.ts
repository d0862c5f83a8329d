import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap, useApi } from '@/api';
import { partyMemberKeys } from './keys';
import type { PartyMember, PartyMemberRequest } from './types';

export interface SavePartyMemberInput {
  /** Absent for a new member. */
  id?: number;
  /** The version that was read; a stale one is refused with 409 `version.stale`. */
  version?: number;
  body: PartyMemberRequest;
}

/** `POST /party-members` or `PUT /party-members/{id}`; a card number in use is 409 `party-member.card.duplicate`. */
export function useSavePartyMember() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, version, body }: SavePartyMemberInput) =>
      (await unwrap(
        id === undefined
          ? api.POST('/api/v1/party-members', { body })
          : api.PUT('/api/v1/party-members/{id}', {
              params: { path: { id } },
              body: { ...body, version: version ?? 0 },
            }),
      )) as PartyMember,
    // Member counts of the organisations change too.
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: partyMemberKeys.all }),
        queryClient.invalidateQueries({ queryKey: ['party-organizations'] }),
      ]),
  });
}
