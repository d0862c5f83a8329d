import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap, useApi } from '@/api';
import { unitKeys } from './keys';
import type { UnitRequest } from './types';

/** `POST /units`; refreshes the lists and trees the new unit appears in. */
export function useCreateUnit() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: UnitRequest) => await unwrap(api.POST('/api/v1/units', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: unitKeys.all }),
  });
}
