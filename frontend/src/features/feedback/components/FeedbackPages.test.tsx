import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import type { Role } from '@/lib/auth';
import { adminMe, page, tree } from '@/testing/fixtures';
import { mockApi, type RecordedRequest } from '@/testing/mockApi';
import { renderWithApp } from '@/testing/render';
import type { Feedback } from '../api';
import { FeedbackDetailPage } from './FeedbackDetailPage';
import { FeedbackInboxPage } from './FeedbackInboxPage';

const base: Feedback = {
  allowedActions: [],
  id: 7,
  trackingCode: 'K7M2Q-X9P4T',
  unit: { id: 3, code: '06694', name: 'Phường Bạch Đằng', type: 'COMMUNE' },
  right: 'KNOW',
  type: 'FEEDBACK',
  channel: 'WEB',
  title: 'Chưa công khai dự toán đường thôn 3',
  text: 'Nội dung <script>alert(1)</script>',
  anonymous: false,
  sender: null,
  status: 'IN_PROGRESS',
  priority: 'NORMAL',
  receivedAt: '2026-11-02T02:00:00Z',
  acknowledgedAt: '2026-11-02T03:00:00Z',
  acknowledgeDueAt: '2026-11-03T02:00:00Z',
  answerDueAt: '2026-11-16T02:00:00Z',
  overdue: true,
  assignedUnit: null,
  assignee: null,
  answer: null,
  answerPublished: true,
  answeredAt: null,
  closedAt: null,
  rejectReason: null,
  rejectNote: null,
  rating: null,
  ratingComment: null,
  ratedAt: null,
  recordedBy: null,
  escalation: null,
  version: 4,
  createdAt: '2025-01-01T00:00:00Z',
  updatedAt: '2025-01-01T00:00:00Z',
};

function requestsTo(requests: RecordedRequest[], method: string, path: string) {
  return requests.filter((r) => r.method === method && r.path === path);
}

describe('FeedbackInboxPage', () => {
  function setup(roles: Role[] = ['officer']) {
    const api = mockApi({
      'GET /api/v1/me': () => ({ body: { ...adminMe, roles } }),
      'GET /api/v1/units/:id/tree': () => ({ body: tree }),
      'GET /api/v1/feedback': () => ({
        body: page([base, { ...base, id: 8, title: 'Đã trả lời', status: 'ANSWERED', overdue: false }]),
      }),
    });
    const user = userEvent.setup();
    renderWithApp(<FeedbackInboxPage />, { roles, fetch: api.fetch, route: '/feedback' });
    return { ...api, user };
  }

  it('marks an overdue feedback in red and none on an answered one', async () => {
    setup();
    await screen.findByText('Chưa công khai dự toán đường thôn 3', {}, { timeout: 5000 });
    const badges = screen.getAllByTestId('deadline-overdue');
    expect(badges).toHaveLength(1);
    expect(badges[0]).toHaveTextContent('Quá hạn');
    expect(badges[0].className).toMatch(/red/);
  });

  it('asks the server for the overdue ones and a status', async () => {
    const { user, requests } = setup();
    await screen.findByText('Chưa công khai dự toán đường thôn 3', {}, { timeout: 5000 });

    await user.click(screen.getByRole('checkbox', { name: 'Chỉ ý kiến quá hạn' }));
    await user.click(screen.getByRole('combobox', { name: 'Trạng thái' }));
    await user.click(await screen.findByTitle('Đang xử lý'));

    await waitFor(() => {
      const last = requestsTo(requests, 'GET', '/api/v1/feedback').at(-1)!;
      expect(last.query.get('overdue')).toBe('true');
      expect(last.query.get('status')).toBe('IN_PROGRESS');
      expect(last.query.get('page')).toBe('0');
    });
  });

  it('offers recording a feedback to officers, not to viewers', async () => {
    setup(['viewer']);
    await screen.findByText('Chưa công khai dự toán đường thôn 3', {}, { timeout: 5000 });
    expect(screen.queryByRole('button', { name: /Ghi nhận ý kiến/ })).not.toBeInTheDocument();
  });
});

describe('FeedbackDetailPage', () => {
  function setup(roles: Role[], feedback: Feedback = base) {
    const api = mockApi({
      'GET /api/v1/me': () => ({ body: { ...adminMe, roles } }),
      'GET /api/v1/feedback/:id/history': () => ({
        body: page([
          {
            id: 1,
            at: '2026-11-02T03:00:00Z',
            by: 'officer.halong',
            action: 'STARTED',
            changes: [{ field: 'status', from: 'RECEIVED', to: 'IN_PROGRESS' }],
          },
        ]),
      }),
      'GET /api/v1/feedback/:id': () => ({ body: feedback }),
      'POST /api/v1/feedback/:id/answer': (request) => ({
        body: {
          ...feedback,
          status: 'ANSWERED',
          answer: (request.body as { answer: string }).answer,
          version: feedback.version + 1,
        },
      }),
    });
    const user = userEvent.setup();
    renderWithApp(
      <Routes>
        <Route path="/feedback/:id" element={<FeedbackDetailPage />} />
      </Routes>,
      { roles, fetch: api.fetch, route: '/feedback/7' },
    );
    return { ...api, user };
  }

  it('answers with the version read, published by default', async () => {
    const { user, requests } = setup(['officer'], {
      ...base,
      allowedActions: ['assign', 'answer', 'reject', 'priority'],
    });
    await screen.findByText('Chưa công khai dự toán đường thôn 3', {}, { timeout: 5000 });
    expect(screen.getByText('Nội dung <script>alert(1)</script>')).toBeInTheDocument();
    // The history in words: the action, the statuses and the time in Vietnam (UTC+7), never the codes.
    const entry = await screen.findByTestId('history-entry');
    expect(entry).toHaveTextContent('Tiếp nhận, bắt đầu xử lý');
    expect(entry).toHaveTextContent('02/11/2026 10:00');
    expect(entry).toHaveTextContent('Trạng thái: Chưa tiếp nhận → Đang xử lý');
    expect(screen.queryByText('STARTED')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Trả lời' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByRole('textbox', { name: 'Trả lời' }), 'Đã công khai tại nhà văn hóa');
    await user.click(within(dialog).getByRole('button', { name: 'Trả lời' }));

    await waitFor(() => expect(requestsTo(requests, 'POST', '/api/v1/feedback/7/answer')).toHaveLength(1));
    expect(requestsTo(requests, 'POST', '/api/v1/feedback/7/answer')[0].body).toEqual({
      answer: 'Đã công khai tại nhà văn hóa',
      published: true,
      version: 4,
    });
    expect(await screen.findByTestId('feedback-status')).toHaveTextContent('Đã trả lời');
  });

  it('offers a button exactly for each action the API allows, whatever the role', async () => {
    setup(['viewer'], { ...base, status: 'ANSWERED', allowedActions: ['reopen', 'close'] });
    await screen.findByText('Chưa công khai dự toán đường thôn 3', {}, { timeout: 5000 });
    expect(await screen.findByRole('button', { name: 'Kết thúc' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Mở lại' })).toBeInTheDocument();
    for (const name of ['Trả lời', 'Giao xử lý', 'Không xử lý', 'Bắt đầu xử lý', 'Đổi mức độ']) {
      expect(screen.queryByRole('button', { name })).not.toBeInTheDocument();
    }
  });

  it('offers an officer nothing when the API allows nothing', async () => {
    setup(['officer']);
    await screen.findByText('Chưa công khai dự toán đường thôn 3', {}, { timeout: 5000 });
    for (const name of ['Trả lời', 'Giao xử lý', 'Không xử lý', 'Bắt đầu xử lý', 'Đổi mức độ', 'Kết thúc', 'Mở lại']) {
      expect(screen.queryByRole('button', { name })).not.toBeInTheDocument();
    }
  });

  it('shows a viewer no operations and no sender when the API sends none', async () => {
    setup(['viewer']);
    await screen.findByText('Chưa công khai dự toán đường thôn 3', {}, { timeout: 5000 });
    expect(screen.queryByRole('button', { name: 'Trả lời' })).not.toBeInTheDocument();
    expect(screen.queryByText('Người gửi')).not.toBeInTheDocument();
  });

  it('shows the sender where the API gives it (admin)', async () => {
    setup(['admin'], { ...base, sender: { name: 'Nguyễn Văn A', phone: '0912345678', email: null } });
    expect(await screen.findByText('Nguyễn Văn A · 0912345678')).toBeInTheDocument();
  });
});
