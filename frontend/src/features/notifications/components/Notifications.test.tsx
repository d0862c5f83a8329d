import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { page } from '@/testing/fixtures';
import { mockApi } from '@/testing/mockApi';
import { renderWithApp } from '@/testing/render';
import type { Notification } from '../api';
import { NotificationBell } from './NotificationBell';
import { NotificationsPage } from './NotificationsPage';
import { PreferencesPage } from './PreferencesPage';

const unread: Notification = {
  id: 11,
  eventType: 'feedback.received',
  title: 'Ý kiến mới K7M2Q-X9P4T về Phường Bạch Đằng',
  feedbackId: 7,
  recordType: 'feedback',
  recordId: 7,
  unitId: 3,
  createdAt: '2026-12-02T03:00:00Z',
  readAt: null,
};
const read: Notification = {
  ...unread,
  id: 10,
  eventType: 'consultation.commented',
  title: 'Góp ý mới về dự thảo "Quy chế" của Phường Bạch Đằng',
  feedbackId: null,
  recordType: 'consultation',
  recordId: 5,
  readAt: '2026-12-02T04:00:00Z',
};

describe('NotificationBell', () => {
  it('shows the unread count the server gives', async () => {
    const api = mockApi({ 'GET /api/v1/notifications/unread-count': () => ({ body: { unread: 3 } }) });
    renderWithApp(<NotificationBell />, { roles: ['officer'], fetch: api.fetch });
    const bell = await screen.findByRole('button', { name: '3 thông báo chưa đọc' });
    expect(bell).toHaveAttribute('data-unread', '3');
    expect(screen.getByText('3')).toBeInTheDocument();
  });
});

describe('NotificationsPage', () => {
  it('marks one read, then all, and asks for unread ones only when told', async () => {
    const api = mockApi({
      'GET /api/v1/notifications': () => ({ body: page([unread, read]) }),
      'POST /api/v1/notifications/:id/read': () => ({ body: { ...unread, readAt: '2026-12-02T05:00:00Z' } }),
      'POST /api/v1/notifications/read-all': () => ({ body: { unread: 0 } }),
    });
    const user = userEvent.setup();
    renderWithApp(<NotificationsPage />, { roles: ['officer'], fetch: api.fetch, route: '/notifications' });

    await screen.findByText(unread.title, {}, { timeout: 5000 });
    const items = screen.getAllByTestId('notification-item');
    expect(items.map((i) => i.getAttribute('data-read'))).toEqual(['false', 'true']);
    expect(screen.getByText('Ý kiến mới của đơn vị')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Đánh dấu đã đọc' }));
    await waitFor(() =>
      expect(api.requests.some((r) => r.method === 'POST' && r.path === '/api/v1/notifications/11/read')).toBe(true),
    );
    await user.click(screen.getByRole('button', { name: /Đánh dấu tất cả đã đọc/ }));
    await waitFor(() =>
      expect(api.requests.some((r) => r.method === 'POST' && r.path === '/api/v1/notifications/read-all')).toBe(true),
    );

    await user.click(screen.getByRole('checkbox', { name: 'Chỉ thông báo chưa đọc' }));
    await waitFor(() => {
      const last = api.requests.filter((r) => r.method === 'GET' && r.path === '/api/v1/notifications').at(-1)!;
      expect(last.query.get('unread')).toBe('true');
    });
  });
});

describe('PreferencesPage', () => {
  it('saves the delivery of each event and the language', async () => {
    const api = mockApi({
      'GET /api/v1/notifications/preferences': () => ({
        body: {
          events: {
            'feedback.received': 'MAIL',
            'feedback.overdue': 'MAIL',
            'consultation.commented': 'MAIL',
            'inspection.recommendation-due': 'MAIL',
          },
          language: 'vi',
        },
      }),
      'PUT /api/v1/notifications/preferences': (r) => ({ body: r.body }),
    });
    const user = userEvent.setup();
    renderWithApp(<PreferencesPage />, { roles: ['officer'], fetch: api.fetch });

    const group = await screen.findByRole('radiogroup', { name: 'Góp ý mới về dự thảo của đơn vị' }, { timeout: 5000 });
    await user.click(group.querySelector('input[value="DIGEST"]')!);
    await user.click(screen.getByRole('button', { name: 'Lưu' }));

    await waitFor(() => {
      const put = api.requests.find((r) => r.method === 'PUT');
      expect(put?.body).toEqual({
        events: {
          'feedback.received': 'MAIL',
          'feedback.overdue': 'MAIL',
          'consultation.commented': 'DIGEST',
          'inspection.recommendation-due': 'MAIL',
        },
        language: 'vi',
      });
    });
  });
});
