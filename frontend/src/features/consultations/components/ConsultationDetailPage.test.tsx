import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import type { Role } from '@/lib/auth';
import { adminMe, page } from '@/testing/fixtures';
import { mockApi } from '@/testing/mockApi';
import { renderWithApp } from '@/testing/render';
import type { Consultation, ConsultationComment } from '../api';
import { allowedTransitions, ConsultationDetailPage } from './ConsultationDetailPage';

const closed: Consultation = {
  allowedActions: ['cancel'],
  id: 5,
  unit: { id: 3, code: '06694', name: 'Phường Bạch Đằng', type: 'COMMUNE' },
  kind: 'REGULATION',
  title: 'Dự thảo quy chế dân chủ',
  text: 'Điều 1.',
  opensOn: '2026-10-01',
  closesOn: '2026-10-31',
  status: 'PUBLISHED',
  window: 'CLOSED',
  comments: { total: 1, accepted: 0, partlyAccepted: 0, notAccepted: 0, unanswered: 1 },
  publishedAt: '2026-09-30T02:00:00Z',
  concludedAt: null,
  version: 3,
  createdAt: '2025-01-01T00:00:00Z',
  updatedAt: '2025-01-01T00:00:00Z',
};

const comment: ConsultationComment = {
  allowedActions: ['answer'],
  id: 11,
  consultationId: 5,
  text: 'Nên thêm điều về công khai',
  receivedAt: '2026-10-02T02:00:00Z',
  author: null,
  outcome: null,
  explanation: null,
  answeredAt: null,
  version: 0,
};

function setup(roles: Role[], consultation: Consultation = closed, comments: ConsultationComment[] = [comment]) {
  const api = mockApi({
    'GET /api/v1/me': () => ({ body: { ...adminMe, roles } }),
    'GET /api/v1/consultations/:id/comments': () => ({ body: page(comments) }),
    'GET /api/v1/consultations/:id/history': () => ({ body: page([]) }),
    'GET /api/v1/consultations/:id': () => ({ body: consultation }),
    'POST /api/v1/consultations/:id/comments/:commentId/answer': (request) => ({
      body: { ...comment, ...(request.body as object), version: 1 },
    }),
  });
  const user = userEvent.setup();
  renderWithApp(
    <Routes>
      <Route path="/consultations/:id" element={<ConsultationDetailPage />} />
    </Routes>,
    { roles, fetch: api.fetch, route: '/consultations/5' },
  );
  return { ...api, user };
}

describe('ConsultationDetailPage', () => {
  it('records the unit’s answer to a comment with the comment’s version (tiếp thu, giải trình)', async () => {
    const { user, requests } = setup(['officer']);
    await screen.findByText('Nên thêm điều về công khai', {}, { timeout: 5000 });
    // Not every comment is answered yet: the API allows only cancelling, so concluding is not offered.
    expect(screen.getByRole('button', { name: 'Hủy lấy ý kiến' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Chốt kết quả' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Trả lời ý kiến' }));
    const item = screen.getByTestId('comment-11');
    await user.click(within(item).getByRole('combobox', { name: 'Kết quả' }));
    await user.click(await screen.findByTitle('Tiếp thu một phần'));
    await user.type(within(item).getByLabelText('Tiếp thu, giải trình'), 'Đã bổ sung một phần ở Điều 5');
    await user.click(within(item).getByRole('button', { name: 'Lưu' }));

    await waitFor(() => expect(requests.some((r) => r.method === 'POST')).toBe(true));
    const post = requests.find((r) => r.method === 'POST')!;
    expect(post.path).toBe('/api/v1/consultations/5/comments/11/answer');
    expect(post.body).toEqual({ outcome: 'PARTLY_ACCEPTED', explanation: 'Đã bổ sung một phần ở Điều 5', version: 0 });
  });

  it('offers concluding exactly when the API allows it', async () => {
    setup(['officer'], {
      ...closed,
      comments: { ...closed.comments!, unanswered: 0, accepted: 1 },
      allowedActions: ['conclude', 'cancel'],
    });
    expect(await screen.findByRole('button', { name: 'Chốt kết quả' }, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Hủy lấy ý kiến' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Công bố lấy ý kiến' })).not.toBeInTheDocument();
  });

  it('offers an officer no state change when the API allows none', async () => {
    setup(['officer'], { ...closed, allowedActions: [] });
    await screen.findByText('Nên thêm điều về công khai', {}, { timeout: 5000 });
    expect(screen.queryByRole('button', { name: /Chốt kết quả|Hủy lấy ý kiến|Công bố/ })).not.toBeInTheDocument();
  });

  it('offers answering exactly the comments whose allowedActions say so', async () => {
    const answered = { ...comment, id: 12, text: 'Đã chốt', outcome: 'ACCEPTED' as const, explanation: 'Đã sửa' };
    setup(['officer'], closed, [{ ...comment, allowedActions: [] }, answered]);
    await screen.findByText('Đã chốt', {}, { timeout: 5000 });
    expect(within(screen.getByTestId('comment-11')).queryByRole('button')).not.toBeInTheDocument();
    expect(
      within(screen.getByTestId('comment-12')).getByRole('button', { name: 'Sửa câu trả lời' }),
    ).toBeInTheDocument();
  });

  it('lets a viewer read but not answer', async () => {
    setup(['viewer'], { ...closed, allowedActions: [] }, [{ ...comment, allowedActions: [] }]);
    await screen.findByText('Nên thêm điều về công khai');
    expect(screen.queryByRole('button', { name: 'Trả lời ý kiến' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Hủy lấy ý kiến' })).not.toBeInTheDocument();
  });
});

describe('allowedTransitions', () => {
  it('offers exactly the state changes the API allows, in a stable order', () => {
    expect(allowedTransitions({ allowedActions: ['cancel', 'update', 'delete', 'publish'] })).toEqual([
      'publish',
      'cancel',
    ]);
    expect(allowedTransitions({ allowedActions: ['cancel', 'conclude'] })).toEqual(['conclude', 'cancel']);
    expect(allowedTransitions({ allowedActions: [] })).toEqual([]);
  });
});
