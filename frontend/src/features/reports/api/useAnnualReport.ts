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
    // The operation answers JSON, CSV, XLSX or PDF by Accept; openapi-fetch types the body as any of them.
    queryFn: params
      ? async ({ signal }) =>
          (await unwrap(
            api.GET('/api/v1/reports/annual', {
              params: { query: { year: params.year, unitId: params.unitId, structure: params.structure } },
              headers: { Accept: 'application/json' },
              signal,
            }),
          )) as AnnualReport
      : skipToken,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}
