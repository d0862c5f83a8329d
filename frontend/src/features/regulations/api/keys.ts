import type { RegulationListParams } from './types';

/** Query keys of the regulations feature; every mutation invalidates `regulationKeys.all`. */
export const regulationKeys = {
  all: ['regulations'] as const,
  lists: () => [...regulationKeys.all, 'list'] as const,
  list: (params: RegulationListParams) => [...regulationKeys.lists(), params] as const,
  coverage: () => [...regulationKeys.all, 'coverage'] as const,
  detail: (id: number) => [...regulationKeys.all, 'detail', id] as const,
  history: (id: number) => [...regulationKeys.all, 'history', id] as const,
};
