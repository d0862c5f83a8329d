import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap, useApi } from '@/api';
import { regulationKeys } from './keys';
import type { RegulationRequest } from './types';

/** `POST /regulations`: a new draft (a revision of one in force goes through `useReviseRegulation`). */
export function useCreateRegulation() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: RegulationRequest) => await unwrap(api.POST('/api/v1/regulations', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: regulationKeys.all }),
  });
}
