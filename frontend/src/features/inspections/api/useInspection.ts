import { useQuery } from '@tanstack/react-query';
import { unwrap, useApi } from '@/api';
import { inspectionKeys } from './keys';

/** `GET /inspections/{id}`: one inspection with its current `version`. */
export function useInspection(id: number | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: inspectionKeys.detail(id ?? -1),
    queryFn: async ({ signal }) =>
      await unwrap(api.GET('/api/v1/inspections/{id}', { params: { path: { id: id as number } }, signal })),
    enabled: id !== undefined,
    staleTime: 0,
  });
}
