import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap, useApi } from '@/api';
import { modelPracticeKeys } from './keys';

/** `DELETE /model-practices/{id}`: a practice recorded by mistake. */
export function useDeleteModelPractice() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => unwrap(api.DELETE('/api/v1/model-practices/{id}', { params: { path: { id } } })),
    onSuccess: (_data, id) => {
      queryClient.removeQueries({ queryKey: modelPracticeKeys.detail(id) });
      return queryClient.invalidateQueries({ queryKey: modelPracticeKeys.all });
    },
  });
}
