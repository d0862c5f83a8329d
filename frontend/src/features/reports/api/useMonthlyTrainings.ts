import { useQueries } from '@tanstack/react-query';
import { unwrap, useApi } from '@/api';
import { reportKeys } from './keys';

export interface MonthlyTrainings {
  /** 1 to 12. */
  month: number;
  classes: number;
  attendances: number;
}

function lastDay(year: number, month: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(new Date(year, month, 0).getDate()).padStart(2, '0')}`;
}

/**
 * Trainings month by month: `GET /trainings/summary?from=&to=` for each month of the year (the
 * annual report has the year's totals only). Their sum is the report's `trainings.classes`.
 */
export function useMonthlyTrainings(year: number, unitId: number | undefined) {
  const api = useApi();
  const months = Array.from({ length: 12 }, (_, index) => index + 1);
  return useQueries({
    queries: months.map((month) => ({
      queryKey: reportKeys.monthlyTrainings(year, unitId, month),
      queryFn: async ({ signal }: { signal: AbortSignal }) => {
        const summary = await unwrap(
          api.GET('/api/v1/trainings/summary', {
            params: {
              query: { from: `${year}-${String(month).padStart(2, '0')}-01`, to: lastDay(year, month), unitId },
            },
            signal,
          }),
        );
        return { month, classes: summary.trainings ?? 0, attendances: summary.attendances ?? 0 } as MonthlyTrainings;
      },
      staleTime: 60_000,
    })),
    combine: (results) => ({
      data: results.every((result) => result.data)
        ? results.map((result) => result.data as MonthlyTrainings)
        : undefined,
      error: results.find((result) => result.error)?.error ?? null,
    }),
  });
}
