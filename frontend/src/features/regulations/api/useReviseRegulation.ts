import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap, useApi } from '@/api';
import { regulationKeys } from './keys';
import type { RegulationRevisionRequest } from './types';

export interface ReviseRegulationInput {
  /** The regulation in force that the new version replaces. */
  id: number;
  /** Its version, as read. */
  version: number;
  body: RegulationRevisionRequest;
}

/** `POST /regulations/{id}/revise`: the new version of a regulation in force, replacing it (sửa đổi, thay thế). */
export function useReviseRegulation() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, version, body }: ReviseRegulationInput) =>
      await unwrap(
        api.POST('/api/v1/regulations/{id}/revise', { params: { path: { id } }, body: { ...body, version } }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: regulationKeys.all }),
  });
}
