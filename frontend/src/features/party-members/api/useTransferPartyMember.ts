import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap, useApi } from '@/api';
import { partyMemberKeys } from './keys';
import type { PartyMemberTransferRequest } from './types';

export interface TransferPartyMemberInput {
  id: number;
  body: PartyMemberTransferRequest;
}

/** `POST /party-members/{id}/transfer` (chuyển sinh hoạt đảng); only an active member moves, else 409 `party-member.not-active`. */
export function useTransferPartyMember() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, body }: TransferPartyMemberInput) =>
      await unwrap(api.POST('/api/v1/party-members/{id}/transfer', { params: { path: { id } }, body })),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: partyMemberKeys.all }),
        queryClient.invalidateQueries({ queryKey: ['party-organizations'] }),
      ]),
  });
}
