import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap, useApi, type components } from '@/api';

export type WebhookSubscription = components['schemas']['WebhookSubscription'];
export type WebhookSubscriptionRequest = components['schemas']['WebhookSubscriptionRequest'];
export type WebhookDelivery = components['schemas']['WebhookDelivery'];

export interface Page<T> {
  items: T[];
  page: number;
  size: number;
  total: number;
}

/** What a subscription may ask for (the contract's `webhooks`). */
export const WEBHOOK_EVENTS = [
  'feedback.received',
  'feedback.answered',
  'feedback.reopened',
  'feedback.overdue',
  'inspection.concluded',
  'regulation.issued',
  'consultation.published',
  'consultation.concluded',
  'unit.reorganised',
] as const;

export const DELIVERY_STATUSES = ['PENDING', 'DELIVERED', 'FAILED'] as const;

/** Query keys of the webhook subscriptions. */
export const webhookKeys = {
  all: ['webhooks'] as const,
  lists: () => [...webhookKeys.all, 'list'] as const,
  list: (page: number) => [...webhookKeys.lists(), page] as const,
  deliveries: (id: number, page: number) => [...webhookKeys.all, 'deliveries', id, page] as const,
};

/** `GET /webhooks`: admin sees every subscription. */
export function useWebhooks(page: number, size = 20) {
  const api = useApi();
  return useQuery({
    queryKey: webhookKeys.list(page),
    queryFn: async ({ signal }) =>
      (await unwrap(
        api.GET('/api/v1/webhooks', { params: { query: { page: String(page), size: String(size) } }, signal }),
      )) as Page<WebhookSubscription>,
    placeholderData: keepPreviousData,
  });
}

/** `POST /webhooks`: the answer carries the signing secret, the only time it is shown. */
export function useCreateWebhook() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: WebhookSubscriptionRequest) => unwrap(api.POST('/api/v1/webhooks', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: webhookKeys.lists() }),
  });
}

/** `PUT /webhooks/{id}` with `enabled`: pause or resume (resuming clears the failure streak). */
export function useSetWebhookEnabled() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ subscription, enabled }: { subscription: WebhookSubscription; enabled: boolean }) =>
      unwrap(
        api.PUT('/api/v1/webhooks/{id}', {
          params: { path: { id: subscription.id } },
          body: {
            url: subscription.url,
            eventTypes: subscription.eventTypes,
            unitId: subscription.unitId ?? undefined,
            description: subscription.description ?? undefined,
            enabled,
            version: subscription.version,
          },
        }),
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: webhookKeys.all }),
  });
}

/** `GET /webhooks/{id}/deliveries`: the delivery log, newest first, with every attempt's response code. */
export function useDeliveries(id: number | undefined, page: number, size = 10) {
  const api = useApi();
  return useQuery({
    queryKey: webhookKeys.deliveries(id ?? 0, page),
    enabled: id !== undefined,
    queryFn: async ({ signal }) =>
      (await unwrap(
        api.GET('/api/v1/webhooks/{id}/deliveries', {
          params: { path: { id: id! }, query: { page: String(page), size: String(size) } },
          signal,
        }),
      )) as Page<WebhookDelivery>,
    placeholderData: keepPreviousData,
  });
}

/** `POST /webhooks/{id}/deliveries/{deliveryId}/redeliver`: due again now, with the same webhook-id. */
export function useRedeliver(id: number) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (deliveryId: number) =>
      unwrap(
        api.POST('/api/v1/webhooks/{id}/deliveries/{deliveryId}/redeliver', {
          params: { path: { id, deliveryId } },
        }),
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: webhookKeys.all }),
  });
}
