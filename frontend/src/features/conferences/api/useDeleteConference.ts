import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap, useApi } from '@/api';
import { conferenceKeys } from './keys';

/** `DELETE /conferences/{id}`: a conference recorded by mistake. */
export function useDeleteConference() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => unwrap(api.DELETE('/api/v1/conferences/{id}', { params: { path: { id } } })),
    onSuccess: (_data, id) => {
      queryClient.removeQueries({ queryKey: conferenceKeys.detail(id) });
      return queryClient.invalidateQueries({ queryKey: conferenceKeys.all });
    },
  });
}
