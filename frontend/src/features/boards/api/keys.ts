import type { BoardListParams } from './types';

/** Query keys of the boards feature; every mutation invalidates `boardKeys.all`. */
export const boardKeys = {
  all: ['boards'] as const,
  list: (params: BoardListParams) => [...boardKeys.all, 'list', params] as const,
  detail: (id: number) => [...boardKeys.all, 'detail', id] as const,
  members: (id: number) => [...boardKeys.all, 'members', id] as const,
  activities: (id: number) => [...boardKeys.all, 'activities', id] as const,
};
