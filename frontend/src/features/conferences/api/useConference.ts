import { useQuery } from '@tanstack/react-query';
import { unwrap, useApi } from '@/api';
import { conferenceKeys } from './keys';

/** `GET /conferences/{id}`: one conference with its current `version`, read afresh before editing. */
export function useConference(id: number | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: conferenceKeys.detail(id ?? -1),
    queryFn: async ({ signal }) =>
      await unwrap(api.GET('/api/v1/conferences/{id}', { params: { path: { id: id as number } }, signal })),
    enabled: id !== undefined,
    staleTime: 0,
  });
}
