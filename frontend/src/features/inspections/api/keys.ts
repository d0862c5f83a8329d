import type { InspectionListParams } from './types';

/** Query keys of the inspections feature; every write invalidates `inspectionKeys.all`. */
export const inspectionKeys = {
  all: ['inspections'] as const,
  lists: () => [...inspectionKeys.all, 'list'] as const,
  list: (params: InspectionListParams) => [...inspectionKeys.lists(), params] as const,
  summary: (year: number) => [...inspectionKeys.all, 'summary', year] as const,
  detail: (id: number) => [...inspectionKeys.all, 'detail', id] as const,
  conclusion: (id: number) => [...inspectionKeys.all, 'conclusion', id] as const,
  history: (id: number) => [...inspectionKeys.all, 'history', id] as const,
  actions: (subject: { organizationId?: number; memberId?: number }) =>
    [...inspectionKeys.all, 'disciplinary-actions', subject] as const,
  supervisions: (subject: { organizationId?: number; memberId?: number }) =>
    [...inspectionKeys.all, 'supervisions', subject] as const,
  organizationOptions: (q: string) => ['party-organizations', 'options', q] as const,
  memberOptions: (q: string) => ['party-members', 'options', q] as const,
  member: (id: number) => ['party-members', 'detail', id] as const,
};
