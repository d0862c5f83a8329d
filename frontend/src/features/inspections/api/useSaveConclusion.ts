import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap, useApi } from '@/api';
import { inspectionKeys } from './keys';
import type { Conclusion, ConclusionRequest } from './types';

/** `PUT /inspections/{id}/conclusion`: versioned; a stale version answers 409 `version.stale` and changes nothing. */
export function useSaveConclusion() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, body }: { id: number; body: ConclusionRequest }) =>
      (await unwrap(api.PUT('/api/v1/inspections/{id}/conclusion', { params: { path: { id } }, body }))) as Conclusion,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: inspectionKeys.all }),
  });
}
