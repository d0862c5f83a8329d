import type { DocumentListParams } from './types';

/** Query keys of the directive documents feature; every mutation invalidates `documentKeys.all`. */
export const documentKeys = {
  all: ['documents'] as const,
  list: (params: DocumentListParams) => [...documentKeys.all, 'list', params] as const,
  detail: (id: number) => [...documentKeys.all, 'detail', id] as const,
};
