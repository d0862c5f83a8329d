import type { ConsultationListParams } from './types';

/** Query keys of the staff consultations. */
export const consultationKeys = {
  all: ['consultations'] as const,
  lists: () => [...consultationKeys.all, 'list'] as const,
  list: (params: ConsultationListParams) => [...consultationKeys.lists(), params] as const,
  detail: (id: number) => [...consultationKeys.all, 'detail', id] as const,
  comments: (id: number, page: number) => [...consultationKeys.detail(id), 'comments', page] as const,
  history: (id: number) => [...consultationKeys.detail(id), 'history'] as const,
};
