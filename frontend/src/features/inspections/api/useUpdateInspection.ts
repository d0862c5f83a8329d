import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap, useApi } from '@/api';
import { inspectionKeys } from './keys';
import type { InspectionRequest } from './types';

export interface UpdateInspectionInput {
  id: number;
  /** The version that was read; a stale one is refused with 409 `version.stale`. */
  version: number;
  body: InspectionRequest;
}

/** `PUT /inspections/{id}`: replaces the plan while PLANNED or IN_PROGRESS. */
export function useUpdateInspection() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, version, body }: UpdateInspectionInput) =>
      await unwrap(api.PUT('/api/v1/inspections/{id}', { params: { path: { id } }, body: { ...body, version } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: inspectionKeys.all }),
  });
}
