import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap, useApi } from '@/api';
import { inspectionKeys } from './keys';
import type { DisciplinaryActionRequest } from './types';

/** `POST /disciplinary-actions`; an expulsion also changes the member's status, so members are refreshed too. */
export function useCreateDisciplinaryAction() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: DisciplinaryActionRequest) =>
      await unwrap(api.POST('/api/v1/disciplinary-actions', { body })),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: inspectionKeys.all });
      await queryClient.invalidateQueries({ queryKey: ['party-members'] });
      await queryClient.invalidateQueries({ queryKey: ['party-organizations'] });
    },
  });
}
