import { useQuery } from '@tanstack/react-query';
import { unwrap, useApi } from '@/api';
import { feedbackKeys } from './keys';

/** `GET /feedback/{id}/history`: who did what, newest first. */
export function useFeedbackHistory(id: number) {
  const api = useApi();
  return useQuery({
    queryKey: feedbackKeys.history(id),
    queryFn: async ({ signal }) =>
      await unwrap(
        api.GET('/api/v1/feedback/{id}/history', { params: { path: { id }, query: { size: '100' } }, signal }),
      ),
  });
}
