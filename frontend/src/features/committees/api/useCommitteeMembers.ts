import { useQuery } from '@tanstack/react-query';
import { unwrap, useApi } from '@/api';
import { committeeKeys } from './keys';
import type { CommitteeMember } from './types';

/** `GET /committees/{id}/members`. */
export function useCommitteeMembers(id: number) {
  const api = useApi();
  return useQuery({
    queryKey: committeeKeys.members(id),
    queryFn: async ({ signal }) =>
      (await unwrap(
        api.GET('/api/v1/committees/{id}/members', { params: { path: { id } }, signal }),
      )) as CommitteeMember[],
  });
}
