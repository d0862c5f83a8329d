import { useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap, useApi } from '@/api';
import { hasActivity } from './figures';
import { reportKeys } from './keys';
import type { AnnualReport } from './types';

/**
 * The latest year, from this one back `yearsBack` years, in which anything was recorded for the
 * unit's area. Each report also carries the year before's figures, so it asks every second year.
 * The reports it reads stay in the cache for the dashboard. This year when none has data.
 */
export function useLatestYearWithData(currentYear: number, unitId: number | undefined, yearsBack: number) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: reportKeys.latestYear(unitId, currentYear),
    queryFn: async ({ signal }) => {
      for (let year = currentYear; year >= currentYear - yearsBack; year -= 2) {
        const report = (await unwrap(
          api.GET('/api/v1/reports/annual', {
            params: { query: { year, unitId } },
            headers: { Accept: 'application/json' },
            signal,
          }),
        )) as AnnualReport;
        queryClient.setQueryData(reportKeys.annual({ year, unitId }), report);
        if (hasActivity(report)) {
          return year;
        }
        if (hasActivity(report, true)) {
          return year - 1;
        }
      }
      return currentYear;
    },
    staleTime: 5 * 60_000,
  });
}
