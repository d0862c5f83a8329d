import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap, useApi } from '@/api';
import { portalKeys } from './keys';
import type { FeedbackTracking } from './types';

export interface RateFeedbackInput {
  trackingCode: string;
  score: number;
  comment?: string;
}

/** `POST /public/feedback/{trackingCode}/rating`: once, after the answer. */
export function useRateFeedback() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ trackingCode, score, comment }: RateFeedbackInput) =>
      await unwrap(
        api.POST('/api/v1/public/feedback/{trackingCode}/rating', {
          params: { path: { trackingCode } },
          body: { score, comment: comment || undefined },
        }),
      ),
    // The page's query is keyed by the code as typed (any case, dash or not): replace whichever holds it.
    onSuccess: (tracking) =>
      queryClient.setQueriesData<FeedbackTracking>({ queryKey: portalKeys.trackings() }, (current) =>
        current?.trackingCode === tracking.trackingCode ? tracking : current,
      ),
  });
}
