import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap, useApi } from '@/api';
import { staffKeys } from './keys';
import type { StaffMember, StaffUpdateRequest } from './types';

export interface UpdateStaffInput {
  id: string;
  /** The version that was read; a stale one is refused with 409 `version.stale`. */
  version: number;
  body: StaffUpdateRequest;
}

/** `PUT /staff/{id}`: name, email, role and unit. */
export function useUpdateStaff() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, version, body }: UpdateStaffInput) =>
      (await unwrap(
        api.PUT('/api/v1/staff/{id}', { params: { path: { id } }, body: { ...body, version } }),
      )) as StaffMember,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: staffKeys.all }),
  });
}
