import type { ReportParams } from './types';

/** Query keys of the reports feature. */
export const reportKeys = {
  all: ['reports'] as const,
  annual: (params: ReportParams) => [...reportKeys.all, 'annual', params] as const,
  latestYear: (unitId: number | undefined, currentYear: number) =>
    [...reportKeys.all, 'latestYear', { unitId, currentYear }] as const,
  monthlyTrainings: (year: number, unitId: number | undefined) =>
    [...reportKeys.all, 'monthlyTrainings', { year, unitId }] as const,
};
