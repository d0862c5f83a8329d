import { useQuery } from '@tanstack/react-query';
import { unwrap, useApi } from '@/api';
import { notificationKeys } from './keys';
import { UNREAD_POLL_MS } from './types';

/** `GET /notifications/unread-count`, polled for the bell (and refreshed when the window regains focus). */
export function useUnreadCount(enabled = true) {
  const api = useApi();
  return useQuery({
    queryKey: notificationKeys.unread(),
    queryFn: async ({ signal }) => (await unwrap(api.GET('/api/v1/notifications/unread-count', { signal }))).unread,
    refetchInterval: UNREAD_POLL_MS,
    enabled,
  });
}
