import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap, useApi } from '@/api';
import { modelPracticeKeys } from './keys';
import type { ModelPracticeRequest } from './types';

export interface SaveModelPracticeInput {
  /** Absent for a new practice. */
  id?: number;
  /** The version that was read; a stale one is refused with 409 `version.stale`. */
  version?: number;
  body: ModelPracticeRequest;
}

/** `POST /model-practices` or `PUT /model-practices/{id}`; `replicatedIn` is always the whole list. */
export function useSaveModelPractice() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, version, body }: SaveModelPracticeInput) =>
      await unwrap(
        id === undefined
          ? api.POST('/api/v1/model-practices', { body })
          : api.PUT('/api/v1/model-practices/{id}', {
              params: { path: { id } },
              body: { ...body, version: version ?? 0 },
            }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: modelPracticeKeys.all }),
  });
}
