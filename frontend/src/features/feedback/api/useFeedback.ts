import { useQuery } from '@tanstack/react-query';
import { unwrap, useApi } from '@/api';
import { feedbackKeys } from './keys';

/** `GET /feedback/{id}`: `sender` only ever filled for admin. */
export function useFeedback(id: number) {
  const api = useApi();
  return useQuery({
    queryKey: feedbackKeys.detail(id),
    queryFn: async ({ signal }) => await unwrap(api.GET('/api/v1/feedback/{id}', { params: { path: { id } }, signal })),
  });
}
