import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap, useApi } from '@/api';
import { trainingKeys } from './keys';

/** `DELETE /trainings/{id}`: a training recorded by mistake. */
export function useDeleteTraining() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => unwrap(api.DELETE('/api/v1/trainings/{id}', { params: { path: { id } } })),
    onSuccess: (_data, id) => {
      queryClient.removeQueries({ queryKey: trainingKeys.detail(id) });
      return queryClient.invalidateQueries({ queryKey: trainingKeys.all });
    },
  });
}
