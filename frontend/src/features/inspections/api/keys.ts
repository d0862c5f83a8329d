import type { InspectionListParams } from './types';

/** Query keys of the inspections feature. */
export const inspectionKeys = {
  all: ['inspections'] as const,
  lists: () => [...inspectionKeys.all, 'list'] as const,
  list: (params: InspectionListParams) => [...inspectionKeys.lists(), params] as const,
  summary: (year: number) => [...inspectionKeys.all, 'summary', year] as const,
};
