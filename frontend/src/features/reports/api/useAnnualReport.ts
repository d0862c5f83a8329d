import { keepPreviousData, skipToken, useQuery } from '@tanstack/react-query';
import { unwrap, useApi } from '@/api';
import { reportKeys } from './keys';
import type { AnnualReport, ReportParams } from './types';

/**
 * `GET /reports/annual?year=&unitId=`: the year's figures beside the year before, by child unit, and
 * who lags. Without params (the year is not known yet) it waits.
 */
export function useAnnualReport(params: ReportParams | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: reportKeys.annual(params ?? { year: 0 }),
    queryFn: params
      ? async ({ signal }) =>
          (await unwrap(
            api.GET('/api/v1/reports/annual', {
              params: { query: { year: params.year, unitId: params.unitId } },
              headers: { Accept: 'application/json' },
              signal,
            }),
          )) as AnnualReport
      : skipToken,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}
