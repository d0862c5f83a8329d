import type { RegulationListParams } from './types';

/** Query keys of the regulations feature. */
export const regulationKeys = {
  all: ['regulations'] as const,
  lists: () => [...regulationKeys.all, 'list'] as const,
  list: (params: RegulationListParams) => [...regulationKeys.lists(), params] as const,
  coverage: () => [...regulationKeys.all, 'coverage'] as const,
};
