import { useQuery } from '@tanstack/react-query';
import { unwrap, useApi } from '@/api';
import { inspectionKeys } from './keys';

/** `GET /inspections/{id}/history`: who changed what and when, newest first (the latest 100 changes). */
export function useInspectionHistory(id: number, enabled = true) {
  const api = useApi();
  return useQuery({
    queryKey: inspectionKeys.history(id),
    queryFn: async ({ signal }) =>
      await unwrap(
        api.GET('/api/v1/inspections/{id}/history', {
          params: { path: { id }, query: { page: '0', size: '100' } },
          signal,
        }),
      ),
    enabled,
    staleTime: 0,
  });
}
