import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap, useApi } from '@/api';
import { committeeKeys } from './keys';
import type { MeetingRequest } from './types';

/** `POST /committees/{id}/meetings`: a meeting with its conclusions (a task naming a shortcoming is its remedy). */
export function useCreateMeeting() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ committeeId, body }: { committeeId: number; body: MeetingRequest }) =>
      await unwrap(api.POST('/api/v1/committees/{id}/meetings', { params: { path: { id: committeeId } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: committeeKeys.all }),
  });
}
