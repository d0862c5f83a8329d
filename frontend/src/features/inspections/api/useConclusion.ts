import { useQuery } from '@tanstack/react-query';
import { unwrap, useApi } from '@/api';
import { inspectionKeys } from './keys';

/** `GET /inspections/{id}/conclusion`, asked only once the inspection says it has one. */
export function useConclusion(id: number, hasConclusion: boolean) {
  const api = useApi();
  return useQuery({
    queryKey: inspectionKeys.conclusion(id),
    queryFn: async ({ signal }) =>
      await unwrap(api.GET('/api/v1/inspections/{id}/conclusion', { params: { path: { id } }, signal })),
    enabled: hasConclusion,
    staleTime: 0,
  });
}
