import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { unwrap, useApi } from '@/api';
import { inspectionKeys } from './keys';
import type { MemberOption, OrganizationOption, Page } from './types';

const PICKER_SIZE = '20';

/** `GET /party-organizations?q=`: organisations matching what was typed, for the subject and conductor pickers. */
export function useOrganizationOptions(q: string) {
  const api = useApi();
  return useQuery({
    queryKey: inspectionKeys.organizationOptions(q),
    queryFn: async ({ signal }) =>
      (await unwrap(
        api.GET('/api/v1/party-organizations', {
          params: { query: { q: q || undefined, page: '0', size: PICKER_SIZE, sort: ['code,asc'] } },
          signal,
        }),
      )) as Page<OrganizationOption>,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

/** `GET /party-members?q=`: members matching a name or card number (admin and inspector only). */
export function useMemberOptions(q: string) {
  const api = useApi();
  return useQuery({
    queryKey: inspectionKeys.memberOptions(q),
    queryFn: async ({ signal }) =>
      (await unwrap(
        api.GET('/api/v1/party-members', {
          params: { query: { q: q || undefined, page: '0', size: PICKER_SIZE } },
          signal,
        }),
      )) as Page<MemberOption>,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

/** `GET /party-members/{id}`: whether the member holds a post decides if removal from post is offered. */
export function usePartyMember(id: number | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: inspectionKeys.member(id ?? -1),
    queryFn: async ({ signal }) =>
      (await unwrap(
        api.GET('/api/v1/party-members/{id}', { params: { path: { id: id as number } }, signal }),
      )) as MemberOption,
    enabled: id !== undefined,
  });
}

/** `GET /inspections?kind=SUPERVISION`: supervisions of the same subject an inspection may have grown out of. */
export function useOriginSupervisions(subject: { organizationId?: number; memberId?: number }, enabled: boolean) {
  const api = useApi();
  return useQuery({
    queryKey: inspectionKeys.supervisions(subject),
    queryFn: async ({ signal }) =>
      (await unwrap(
        api.GET('/api/v1/inspections', {
          params: {
            query: { kind: 'SUPERVISION', ...subject, page: '0', size: '50', sort: ['plannedStart,desc'] },
          },
          signal,
        }),
      )) as Page<{
        id: number;
        planYear: number;
        topic?: string;
        subject?: { organization?: { id?: number }; member?: { id?: number } | null };
      }>,
    enabled: enabled && (subject.organizationId !== undefined || subject.memberId !== undefined),
  });
}
