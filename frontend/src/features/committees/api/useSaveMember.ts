import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap, useApi } from '@/api';
import { committeeKeys } from './keys';
import type { CommitteeMember, MemberRequest } from './types';

/** One member, read from the committee's member list (there is no single-member read). */
export function useCommitteeMember(committeeId: number, memberId: number | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: committeeKeys.members(committeeId),
    queryFn: async ({ signal }) =>
      await unwrap(api.GET('/api/v1/committees/{id}/members', { params: { path: { id: committeeId } }, signal })),
    select: (members) => {
      const member = members.find((m) => m.id === memberId);
      if (!member) {
        throw new Error(`member ${String(memberId)} not found`);
      }
      return member as CommitteeMember;
    },
    enabled: memberId !== undefined,
  });
}

/** `POST /committees/{id}/members`, or `PUT …/members/{memberId}` with the version read. */
export function useSaveMember() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({
      committeeId,
      memberId,
      body,
    }: {
      committeeId: number;
      memberId?: number;
      body: MemberRequest;
    }) =>
      (memberId === undefined
        ? await unwrap(api.POST('/api/v1/committees/{id}/members', { params: { path: { id: committeeId } }, body }))
        : await unwrap(
            api.PUT('/api/v1/committees/{id}/members/{memberId}', {
              params: { path: { id: committeeId, memberId } },
              body,
            }),
          )) as CommitteeMember,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: committeeKeys.all }),
  });
}
