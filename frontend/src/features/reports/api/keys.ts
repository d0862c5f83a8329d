import type { ReportParams } from './types';

/** Query keys of the reports feature. */
export const reportKeys = {
  all: ['reports'] as const,
  annual: (params: ReportParams) => [...reportKeys.all, 'annual', params] as const,
};
