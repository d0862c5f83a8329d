import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap, useApi } from '@/api';
import { staffKeys } from './keys';

/** `POST /staff/{id}/disable` or `/enable`. */
export function useSetStaffEnabled() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, enabled }: { id: string; enabled: boolean }) => {
      const options = { params: { path: { id } } };
      return await unwrap(
        enabled ? api.POST('/api/v1/staff/{id}/enable', options) : api.POST('/api/v1/staff/{id}/disable', options),
      );
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: staffKeys.all }),
  });
}
