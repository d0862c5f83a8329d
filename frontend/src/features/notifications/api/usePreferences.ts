import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap, useApi, type components } from '@/api';
import { notificationKeys } from './keys';

/** `GET /notifications/preferences`: per event type, and my language for mails. */
export function usePreferences() {
  const api = useApi();
  return useQuery({
    queryKey: notificationKeys.preferences(),
    queryFn: async ({ signal }) => unwrap(api.GET('/api/v1/notifications/preferences', { signal })),
  });
}

/** `PUT /notifications/preferences`. */
export function useSavePreferences() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: components['schemas']['NotificationPreferencesRequest']) =>
      unwrap(api.PUT('/api/v1/notifications/preferences', { body })),
    onSuccess: (saved) => queryClient.setQueryData(notificationKeys.preferences(), saved),
  });
}
