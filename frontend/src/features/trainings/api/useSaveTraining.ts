import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap, useApi } from '@/api';
import { trainingKeys } from './keys';
import type { TrainingRequest } from './types';

export interface SaveTrainingInput {
  /** Absent for a new training. */
  id?: number;
  /** The version that was read; a stale one is refused with 409 `version.stale`. */
  version?: number;
  body: TrainingRequest;
}

/** `POST /trainings` or `PUT /trainings/{id}`; refreshes the lists and the summary. */
export function useSaveTraining() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, version, body }: SaveTrainingInput) =>
      await unwrap(
        id === undefined
          ? api.POST('/api/v1/trainings', { body })
          : api.PUT('/api/v1/trainings/{id}', { params: { path: { id } }, body: { ...body, version: version ?? 0 } }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: trainingKeys.all }),
  });
}
