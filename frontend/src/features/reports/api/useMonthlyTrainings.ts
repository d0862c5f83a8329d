import { useQuery } from '@tanstack/react-query';
import { unwrap, useApi } from '@/api';
import { reportKeys } from './keys';

export interface MonthlyTrainings {
  /** 1 to 12. */
  month: number;
  classes: number;
  attendances: number;
}

/**
 * Trainings month by month, in one call: `GET /trainings/summary/months?year=` answers the twelve
 * months of the year (zeros included). Their sum is the report's `trainings.classes`.
 */
export function useMonthlyTrainings(year: number, unitId: number | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: reportKeys.monthlyTrainings(year, unitId),
    queryFn: async ({ signal }) => {
      const { months } = await unwrap(
        api.GET('/api/v1/trainings/summary/months', { params: { query: { year, unitId } }, signal }),
      );
      return months.map((month): MonthlyTrainings => ({
        month: month.month,
        classes: month.trainings,
        attendances: month.attendances,
      }));
    },
    staleTime: 60_000,
  });
}
