import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap, useApi } from '@/api';
import { inspectionKeys } from './keys';
import type { InspectionRequest } from './types';

/** `POST /inspections`: plans an inspection or supervision; refreshes the plan and the year's figures. */
export function useCreateInspection() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: InspectionRequest) => await unwrap(api.POST('/api/v1/inspections', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: inspectionKeys.all }),
  });
}
