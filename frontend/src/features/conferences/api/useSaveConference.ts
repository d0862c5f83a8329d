import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap, useApi } from '@/api';
import { conferenceKeys } from './keys';
import type { ConferenceRequest } from './types';

export interface SaveConferenceInput {
  /** Absent for a new conference. */
  id?: number;
  /** The version that was read; a stale one is refused with 409 `version.stale`. */
  version?: number;
  body: ConferenceRequest;
}

/** `POST /conferences` or `PUT /conferences/{id}`; refreshes the lists and the lagging units. */
export function useSaveConference() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, version, body }: SaveConferenceInput) =>
      await unwrap(
        id === undefined
          ? api.POST('/api/v1/conferences', { body })
          : api.PUT('/api/v1/conferences/{id}', { params: { path: { id } }, body: { ...body, version: version ?? 0 } }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: conferenceKeys.all }),
  });
}
