import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap, useApi } from '@/api';
import { disclosureKeys } from './keys';

/** `DELETE /disclosures/{id}`: a disclosure recorded by mistake. */
export function useDeleteDisclosure() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => unwrap(api.DELETE('/api/v1/disclosures/{id}', { params: { path: { id } } })),
    onSuccess: (_data, id) => {
      queryClient.removeQueries({ queryKey: disclosureKeys.detail(id) });
      return queryClient.invalidateQueries({ queryKey: disclosureKeys.all });
    },
  });
}
