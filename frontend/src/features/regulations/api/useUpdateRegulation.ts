import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap, useApi } from '@/api';
import { regulationKeys } from './keys';
import type { RegulationUpdateRequest } from './types';

export interface UpdateRegulationInput {
  id: number;
  /** The version that was read; a stale one is refused with 409 `version.stale`. */
  version: number;
  body: RegulationUpdateRequest;
}

/** `PUT /regulations/{id}`: corrects the number, title or issue date. */
export function useUpdateRegulation() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, version, body }: UpdateRegulationInput) =>
      await unwrap(api.PUT('/api/v1/regulations/{id}', { params: { path: { id } }, body: { ...body, version } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: regulationKeys.all }),
  });
}
