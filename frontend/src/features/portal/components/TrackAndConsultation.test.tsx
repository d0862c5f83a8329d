import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { mockApi, type RecordedRequest } from '@/testing/mockApi';
import { renderWithApp } from '@/testing/render';
import { ConsultationPage } from './ConsultationPage';
import { TrackPage } from './TrackPage';

const answered = {
  trackingCode: 'K7M2Q-X9P4T',
  unit: { id: 3, name: 'Phường Bạch Đằng' },
  right: 'KNOW',
  type: 'FEEDBACK',
  title: 'Chưa công khai dự toán',
  status: 'ANSWERED',
  receivedAt: '2026-11-02T02:00:00Z',
  acknowledgedAt: '2026-11-02T03:00:00Z',
  answerDueAt: '2026-11-16T02:00:00Z',
  answeredAt: '2026-11-05T02:00:00Z',
  answer: 'Đã niêm yết <b>dự toán</b>',
  rating: null,
  canRate: true,
};

function posts(requests: RecordedRequest[], path: string) {
  return requests.filter((r) => r.method === 'POST' && r.path === path);
}

describe('TrackPage', () => {
  function setup() {
    const api = mockApi({
      'GET /api/v1/public/feedback/K7M2Q-X9P4T': () => ({ body: answered }),
      'GET /api/v1/public/feedback/k7m2qx9p4t': () => ({ body: answered }),
      'GET /api/v1/public/feedback/NOPE': () => ({ status: 404, body: { status: 404, code: 'feedback.not-found' } }),
      'POST /api/v1/public/feedback/K7M2Q-X9P4T/rating': () => ({ body: { ...answered, rating: 4, canRate: false } }),
    });
    const user = userEvent.setup();
    renderWithApp(
      <Routes>
        <Route path="/portal/track" element={<TrackPage />} />
        <Route path="/portal/track/:code" element={<TrackPage />} />
      </Routes>,
      { roles: [], fetch: api.fetch, route: '/portal/track' },
    );
    return { ...api, user };
  }

  it('shows the published answer as text and takes one rating', async () => {
    const { user, requests } = setup();
    // Typed as read over the phone: lower case, no dash.
    await user.type(screen.getByRole('searchbox'), 'k7m2qx9p4t{Enter}');

    expect(await screen.findByTestId('tracking-answer', {}, { timeout: 5000 })).toHaveTextContent(
      'Đã niêm yết <b>dự toán</b>',
    );
    expect(screen.getByTestId('tracking-status')).toHaveTextContent('Đã trả lời');

    await user.click(screen.getAllByRole('radio')[3]);
    await user.click(screen.getByRole('button', { name: 'Gửi đánh giá' }));

    expect(await screen.findByText('Đánh giá của bạn: 4/5')).toBeInTheDocument();
    expect(posts(requests, '/api/v1/public/feedback/K7M2Q-X9P4T/rating')[0].body).toEqual({ score: 4 });
    expect(screen.queryByRole('button', { name: 'Gửi đánh giá' })).not.toBeInTheDocument();
  });

  it('says plainly when no feedback has the code', async () => {
    const { user } = setup();
    await user.type(screen.getByRole('searchbox'), 'NOPE{Enter}');
    expect(await screen.findByText(/Không tìm thấy ý kiến với mã này/)).toBeInTheDocument();
  });
});

describe('ConsultationPage', () => {
  const consultation = {
    id: 5,
    unit: { id: 3, name: 'Phường Bạch Đằng' },
    kind: 'REGULATION',
    title: 'Dự thảo quy chế dân chủ',
    text: 'Điều 1. <i>Phạm vi</i>',
    opensOn: '2026-11-01',
    closesOn: '2026-12-01',
    concluded: false,
    commentCount: 1,
  };

  function setup(window: 'OPEN' | 'CLOSED') {
    const api = mockApi({
      'GET /api/v1/public/consultations/:id/result': () => ({
        body: {
          consultation,
          counts: { total: 1, accepted: 1, partlyAccepted: 0, notAccepted: 0, unanswered: 0 },
          comments: {
            items: [
              {
                id: 1,
                text: 'Nên thêm điều về công khai',
                receivedAt: '2026-11-02T02:00:00Z',
                outcome: 'ACCEPTED',
                explanation: 'Đã bổ sung Điều 5',
              },
            ],
            page: 0,
            size: 20,
            total: 1,
          },
        },
      }),
      'GET /api/v1/public/consultations/:id': () => ({ body: { ...consultation, window } }),
      'POST /api/v1/public/consultations/:id/comments': () => ({
        status: 201,
        body: { id: 2, consultationId: 5, authorKept: false },
      }),
    });
    const user = userEvent.setup();
    renderWithApp(
      <Routes>
        <Route path="/portal/consultations/:id" element={<ConsultationPage />} />
      </Routes>,
      { roles: [], fetch: api.fetch, route: '/portal/consultations/5' },
    );
    return { ...api, user };
  }

  it('takes an anonymous comment on an open draft, with an Idempotency-Key', async () => {
    const { user, requests } = setup('OPEN');
    expect(await screen.findByText('Điều 1. <i>Phạm vi</i>', {}, { timeout: 5000 })).toBeInTheDocument();

    await user.type(screen.getByLabelText('Nội dung góp ý'), 'Nên thêm điều về công khai');
    await user.click(screen.getByRole('button', { name: 'Gửi góp ý' }));

    expect(await screen.findByText(/Đã nhận góp ý/)).toBeInTheDocument();
    const [post] = posts(requests, '/api/v1/public/consultations/5/comments');
    expect(post.body).toEqual({ text: 'Nên thêm điều về công khai', anonymous: true, consent: false });
    expect(post.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('shows every comment with its answer once closed, and no comment form', async () => {
    setup('CLOSED');
    expect(await screen.findByText('Đã bổ sung Điều 5', {}, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.getByText('Nên thêm điều về công khai')).toBeInTheDocument();
    expect(screen.getAllByText('Tiếp thu').length).toBeGreaterThan(0);
    expect(screen.queryByRole('button', { name: 'Gửi góp ý' })).not.toBeInTheDocument();
  });
});
