import type { StaffListParams } from './types';

/** Query keys of the staff feature; every mutation invalidates `staffKeys.all`. */
export const staffKeys = {
  all: ['staff'] as const,
  list: (params: StaffListParams) => [...staffKeys.all, 'list', params] as const,
  detail: (id: string) => [...staffKeys.all, 'detail', id] as const,
  history: (staffId: string | undefined, page: number) => [...staffKeys.all, 'history', staffId ?? '*', page] as const,
};
