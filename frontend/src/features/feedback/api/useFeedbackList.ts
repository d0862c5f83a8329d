import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { unwrap, useApi } from '@/api';
import { feedbackKeys } from './keys';
import type { FeedbackListParams } from './types';

/** `GET /feedback`: one page of the inbox in the caller's scope. */
export function useFeedbackList(params: FeedbackListParams) {
  const api = useApi();
  return useQuery({
    queryKey: feedbackKeys.list(params),
    queryFn: async ({ signal }) => {
      const { page, size, sort, ...filters } = params;
      const query = { ...filters, page: String(page), size: String(size), sort: [sort] };
      return await unwrap(api.GET('/api/v1/feedback', { params: { query }, signal }));
    },
    placeholderData: keepPreviousData,
  });
}
