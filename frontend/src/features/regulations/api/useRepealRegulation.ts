import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap, useApi } from '@/api';
import { regulationKeys } from './keys';

/** `POST /regulations/{id}/repeal`: ISSUED → REPEALED. */
export function useRepealRegulation() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, version }: { id: number; version: number }) =>
      await unwrap(api.POST('/api/v1/regulations/{id}/repeal', { params: { path: { id } }, body: { version } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: regulationKeys.all }),
  });
}
