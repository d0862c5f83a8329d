import type { UnitListParams } from './types';

/** Query keys of the units feature; every mutation invalidates `unitKeys.all`. */
export const unitKeys = {
  all: ['units'] as const,
  lists: () => [...unitKeys.all, 'list'] as const,
  list: (params: UnitListParams) => [...unitKeys.lists(), params] as const,
  detail: (id: number) => [...unitKeys.all, 'detail', id] as const,
  /** Without a day: the tree as the rows stand (the pickers' key, `useScopeUnits`); with one: the structure of that day. */
  tree: (rootId: number, on?: string) =>
    on ? ([...unitKeys.all, 'tree', rootId, on] as const) : ([...unitKeys.all, 'tree', rootId] as const),
  lineage: (id: number) => [...unitKeys.all, 'detail', id, 'lineage'] as const,
};

/** Query keys of the reorganisations applied. */
export const reorganisationKeys = {
  all: ['reorganisations'] as const,
  list: () => [...reorganisationKeys.all, 'list'] as const,
};
