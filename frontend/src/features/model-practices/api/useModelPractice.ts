import { useQuery } from '@tanstack/react-query';
import { unwrap, useApi } from '@/api';
import { modelPracticeKeys } from './keys';

/** `GET /model-practices/{id}`: one practice with its current `version`, read afresh before editing. */
export function useModelPractice(id: number | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: modelPracticeKeys.detail(id ?? -1),
    queryFn: async ({ signal }) =>
      await unwrap(api.GET('/api/v1/model-practices/{id}', { params: { path: { id: id as number } }, signal })),
    enabled: id !== undefined,
    staleTime: 0,
  });
}
