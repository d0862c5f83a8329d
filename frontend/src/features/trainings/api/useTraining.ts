import { useQuery } from '@tanstack/react-query';
import { unwrap, useApi } from '@/api';
import { trainingKeys } from './keys';

/** `GET /trainings/{id}`: one training with its current `version`, read afresh before editing. */
export function useTraining(id: number | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: trainingKeys.detail(id ?? -1),
    queryFn: async ({ signal }) =>
      await unwrap(api.GET('/api/v1/trainings/{id}', { params: { path: { id: id as number } }, signal })),
    enabled: id !== undefined,
    staleTime: 0,
  });
}
