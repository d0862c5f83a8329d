import { useQuery } from '@tanstack/react-query';
import { unwrap, useApi } from '@/api';
import { portalKeys } from './keys';

/** `GET /public/feedback/{trackingCode}`: status, dates and the published answer, never the sender. */
export function useTracking(code: string) {
  const api = useApi();
  return useQuery({
    queryKey: portalKeys.tracking(code),
    queryFn: async ({ signal }) =>
      await unwrap(
        api.GET('/api/v1/public/feedback/{trackingCode}', { params: { path: { trackingCode: code } }, signal }),
      ),
    enabled: code !== '',
  });
}
