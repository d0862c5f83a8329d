import type { DisclosureListParams } from './types';

/** Query keys of the disclosures feature; every mutation invalidates `disclosureKeys.all`. */
export const disclosureKeys = {
  all: ['disclosures'] as const,
  list: (params: DisclosureListParams) => [...disclosureKeys.all, 'list', params] as const,
  detail: (id: number) => [...disclosureKeys.all, 'detail', id] as const,
};
