import type { UnitListParams } from './types';

/** Query keys of the units feature; every mutation invalidates `unitKeys.all`. */
export const unitKeys = {
  all: ['units'] as const,
  lists: () => [...unitKeys.all, 'list'] as const,
  list: (params: UnitListParams) => [...unitKeys.lists(), params] as const,
  detail: (id: number) => [...unitKeys.all, 'detail', id] as const,
  tree: (rootId: number) => [...unitKeys.all, 'tree', rootId] as const,
};
