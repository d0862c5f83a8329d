import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { unwrap, useApi } from '@/api';
import { inspectionKeys } from './keys';

/** `GET /inspections/summary?year=`: organisations and members inspected and supervised in a year. */
export function useInspectionSummary(year: number) {
  const api = useApi();
  return useQuery({
    queryKey: inspectionKeys.summary(year),
    queryFn: async ({ signal }) =>
      await unwrap(api.GET('/api/v1/inspections/summary', { params: { query: { year } }, signal })),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}
