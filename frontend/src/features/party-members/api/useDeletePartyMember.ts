import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap, useApi } from '@/api';
import { partyMemberKeys } from './keys';

/** `DELETE /party-members/{id}`: a member recorded by mistake; one that records refer to is 409 `party-member.referenced`. */
export function useDeletePartyMember() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => unwrap(api.DELETE('/api/v1/party-members/{id}', { params: { path: { id } } })),
    onSuccess: (_data, id) => {
      queryClient.removeQueries({ queryKey: partyMemberKeys.detail(id) });
      return queryClient.invalidateQueries({ queryKey: partyMemberKeys.all });
    },
  });
}
