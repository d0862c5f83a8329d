import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { adminMe, page, tree } from '@/testing/fixtures';
import { mockApi } from '@/testing/mockApi';
import { renderWithApp } from '@/testing/render';
import type { WebhookDelivery, WebhookSubscription } from '../api';
import { WebhooksPage } from './WebhooksPage';

const subscription: WebhookSubscription = {
  id: 4,
  url: 'https://tich-hop.example.vn/coso/events',
  eventTypes: ['feedback.received'],
  unitId: null,
  secret: null,
  description: 'Cổng tỉnh',
  enabled: false,
  disabledReason: 'FAILING',
  failureStreak: 40,
  owner: 'admin',
  version: 3,
  createdAt: '2026-12-01T03:00:00Z',
  updatedAt: '2026-12-02T03:00:00Z',
};
const delivery: WebhookDelivery = {
  id: 91,
  messageId: 'msg_abc',
  eventType: 'feedback.received',
  status: 'FAILED',
  attempts: 2,
  lastStatusCode: 503,
  nextAttemptAt: null,
  lastAttemptAt: '2026-12-02T03:00:06Z',
  lastError: null,
  deliveredAt: null,
  createdAt: '2026-12-02T03:00:00Z',
  attemptLog: [
    { attempt: 1, attemptedAt: '2026-12-02T03:00:01Z', statusCode: 500, error: null, durationMs: 12 },
    { attempt: 2, attemptedAt: '2026-12-02T03:00:06Z', statusCode: 503, error: null, durationMs: 9 },
  ],
};

function setup() {
  const api = mockApi({
    'GET /api/v1/me': () => ({ body: adminMe }),
    'GET /api/v1/units/:id/tree': () => ({ body: tree }),
    'GET /api/v1/webhooks': () => ({ body: page([subscription]) }),
    'POST /api/v1/webhooks': (r) => ({
      status: 201,
      body: { ...subscription, ...(r.body as object), id: 5, enabled: true, secret: 'whsec_c2VjcmV0' },
    }),
    'PUT /api/v1/webhooks/:id': (r) => ({ body: { ...subscription, ...(r.body as object) } }),
    'GET /api/v1/webhooks/:id/deliveries': () => ({ body: page([delivery]) }),
  });
  renderWithApp(<WebhooksPage />, { roles: ['admin'], fetch: api.fetch, route: '/webhooks' });
  return { ...api, user: userEvent.setup() };
}

describe('WebhooksPage', () => {
  it('says why a subscription stopped and enables it again with the version read', async () => {
    const { user, requests } = setup();
    await screen.findByText(subscription.url, {}, { timeout: 5000 });
    expect(screen.getByText('Tạm ngừng sau 40 lần gửi lỗi liên tiếp')).toBeInTheDocument();

    await user.click(screen.getByRole('switch', { name: 'Đang gửi' }));
    await waitFor(() => {
      const put = requests.find((r) => r.method === 'PUT');
      expect(put?.path).toBe('/api/v1/webhooks/4');
      expect(put?.body).toMatchObject({ enabled: true, version: 3, url: subscription.url });
    });
  });

  it('shows the secret once after creating a subscription', async () => {
    const { user, requests } = setup();
    await screen.findByText(subscription.url, {}, { timeout: 5000 });
    await user.click(screen.getAllByRole('button', { name: /Thêm đăng ký/ })[0]);
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText('Địa chỉ nhận'), 'https://he-thong.example.vn/hook');
    await user.click(within(dialog).getByRole('combobox', { name: 'Sự kiện' }));
    await user.click(await screen.findByTitle('inspection.concluded'));
    await user.click(
      within(dialog)
        .getAllByRole('button', { name: /Thêm đăng ký/ })
        .at(-1)!,
    );

    expect(await screen.findByTestId('webhook-secret', {}, { timeout: 5000 })).toHaveTextContent('whsec_c2VjcmV0');
    expect(requests.find((r) => r.method === 'POST')?.body).toMatchObject({
      url: 'https://he-thong.example.vn/hook',
      eventTypes: ['inspection.concluded'],
    });
  });

  it('lists the deliveries with their response codes and attempts', async () => {
    const { user } = setup();
    await screen.findByText(subscription.url, {}, { timeout: 5000 });
    await user.click(screen.getByRole('button', { name: 'Nhật ký gửi' }));
    const drawer = await screen.findByRole('dialog');
    expect(await within(drawer).findByText('msg_abc')).toBeInTheDocument();
    expect(within(drawer).getByText('Thất bại')).toBeInTheDocument();
    expect(within(drawer).getByText('503')).toBeInTheDocument();
    expect(within(drawer).getByRole('button', { name: 'Gửi lại' })).toBeDisabled();
  });
});
