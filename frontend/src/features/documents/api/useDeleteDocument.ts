import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap, useApi } from '@/api';
import { documentKeys } from './keys';

/** `DELETE /documents/{id}`: a document recorded by mistake. */
export function useDeleteDocument() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => unwrap(api.DELETE('/api/v1/documents/{id}', { params: { path: { id } } })),
    onSuccess: (_data, id) => {
      queryClient.removeQueries({ queryKey: documentKeys.detail(id) });
      return queryClient.invalidateQueries({ queryKey: documentKeys.all });
    },
  });
}
