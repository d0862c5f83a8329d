import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap, useApi } from '@/api';
import { unitKeys } from './keys';
import type { UnitRequest } from './types';

export interface UpdateUnitInput {
  id: number;
  /** The version that was read; a stale one is refused with 409 `version.stale`. */
  version: number;
  body: UnitRequest;
}

/** `PUT /units/{id}`; refreshes the lists, trees and the unit itself. */
export function useUpdateUnit() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, version, body }: UpdateUnitInput) =>
      await unwrap(api.PUT('/api/v1/units/{id}', { params: { path: { id } }, body: { ...body, version } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: unitKeys.all }),
  });
}
