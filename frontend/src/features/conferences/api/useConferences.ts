import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { unwrap, useApi } from '@/api';
import { conferenceKeys } from './keys';
import type { ConferenceListParams } from './types';

/** `GET /conferences`: one page of the conferences and dialogues in the caller's scope. */
export function useConferences(params: ConferenceListParams) {
  const api = useApi();
  return useQuery({
    queryKey: conferenceKeys.list(params),
    queryFn: async ({ signal }) => {
      const { page, size, sort, ...filters } = params;
      const query = { ...filters, page: String(page), size: String(size), sort: [sort] };
      return await unwrap(api.GET('/api/v1/conferences', { params: { query }, signal }));
    },
    placeholderData: keepPreviousData,
  });
}
