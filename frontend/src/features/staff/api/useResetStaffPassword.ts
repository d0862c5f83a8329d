import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap, useApi } from '@/api';
import { staffKeys } from './keys';

/** `POST /staff/{id}/reset-password`: a temporary password, changed at the next sign-in. */
export function useResetStaffPassword() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, temporaryPassword }: { id: string; temporaryPassword: string }) =>
      await unwrap(
        api.POST('/api/v1/staff/{id}/reset-password', { params: { path: { id } }, body: { temporaryPassword } }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: staffKeys.all }),
  });
}
