import type { PartyMemberListParams } from './types';

/** Query keys of the party members feature; every mutation invalidates `partyMemberKeys.all`. */
export const partyMemberKeys = {
  all: ['party-members'] as const,
  list: (params: PartyMemberListParams) => [...partyMemberKeys.all, 'list', params] as const,
  detail: (id: number) => [...partyMemberKeys.all, 'detail', id] as const,
  transfers: (id: number) => [...partyMemberKeys.all, 'transfers', id] as const,
  /** Organisations change on their own page: a search here is asked afresh after a minute. */
  organizations: (q: string) => ['party-organizations', 'options', q] as const,
};
