import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap, useApi } from '@/api';
import { staffKeys } from './keys';
import type { StaffCreateRequest, StaffMember } from './types';

/** `POST /staff`: a new account with a temporary password. */
export function useCreateStaff() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: StaffCreateRequest) => (await unwrap(api.POST('/api/v1/staff', { body }))) as StaffMember,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: staffKeys.all }),
  });
}
