import type { PartyOrganizationListParams } from './types';

/** Query keys of the party organisations feature; every mutation invalidates `partyOrganizationKeys.all`. */
export const partyOrganizationKeys = {
  all: ['party-organizations'] as const,
  lists: () => [...partyOrganizationKeys.all, 'list'] as const,
  list: (params: PartyOrganizationListParams) => [...partyOrganizationKeys.lists(), params] as const,
  detail: (id: number) => [...partyOrganizationKeys.all, 'detail', id] as const,
  tree: (rootId: number) => [...partyOrganizationKeys.all, 'tree', rootId] as const,
};
