import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap, useApi } from '@/api';
import { unitKeys } from './keys';

/** `DELETE /units/{id}`; refused with 409 `unit.has-children` while units hang under it. */
export function useDeleteUnit() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => unwrap(api.DELETE('/api/v1/units/{id}', { params: { path: { id } } })),
    onSuccess: (_data, id) => {
      queryClient.removeQueries({ queryKey: unitKeys.detail(id) });
      return queryClient.invalidateQueries({ queryKey: unitKeys.all });
    },
  });
}
