import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap, useApi } from '@/api';
import { regulationKeys } from './keys';

/** `DELETE /regulations/{id}`: only a draft, or one still in consultation. */
export function useDeleteRegulation() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: number) => {
      await unwrap(api.DELETE('/api/v1/regulations/{id}', { params: { path: { id } } }));
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: regulationKeys.all }),
  });
}
