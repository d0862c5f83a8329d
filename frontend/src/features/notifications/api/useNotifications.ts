import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { unwrap, useApi } from '@/api';
import { notificationKeys, type NotificationListParams } from './keys';
import type { Notification, Page } from './types';

/** `GET /notifications`: my notifications, newest first. */
export function useNotifications(params: NotificationListParams) {
  const api = useApi();
  return useQuery({
    queryKey: notificationKeys.list(params),
    queryFn: async ({ signal }) => {
      const query = {
        page: String(params.page),
        size: String(params.size),
        ...(params.unreadOnly ? { unread: 'true' } : {}),
      };
      return (await unwrap(api.GET('/api/v1/notifications', { params: { query }, signal }))) as Page<Notification>;
    },
    placeholderData: keepPreviousData,
  });
}
