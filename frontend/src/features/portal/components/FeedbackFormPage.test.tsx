import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockApi, type RecordedRequest } from '@/testing/mockApi';
import { renderWithApp } from '@/testing/render';
import { FeedbackFormPage } from './FeedbackFormPage';

const bachDang = { id: 3, code: '06694', name: 'Phường Bạch Đằng', type: 'COMMUNE', parentName: 'Thành phố Hạ Long' };
const receipt = {
  trackingCode: 'K7M2Q-X9P4T',
  unit: { id: 3, code: '06694', name: 'Phường Bạch Đằng', type: 'COMMUNE' },
  status: 'RECEIVED',
  receivedAt: '2026-11-26T02:00:00Z',
  acknowledgeDueAt: '2026-11-27T02:00:00Z',
  answerDueAt: '2026-12-10T02:00:00Z',
};

type Reply = { status?: number; body?: unknown };

function setup(replies: Reply[]) {
  const api = mockApi({
    'GET /api/v1/public/units': (request) => ({
      body: { items: request.query.get('q') === 'bach dang' ? [bachDang] : [], page: 0, size: 20, total: 1 },
    }),
    'POST /api/v1/public/feedback': () => replies.shift() ?? { status: 201, body: receipt },
  });
  const user = userEvent.setup();
  renderWithApp(<FeedbackFormPage />, { roles: [], fetch: api.fetch, route: '/portal/feedback' });
  return { ...api, user };
}

function posts(requests: RecordedRequest[]) {
  return requests.filter((r) => r.method === 'POST' && r.path === '/api/v1/public/feedback');
}

async function fillTheForm(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByRole('combobox', { name: /Nơi bạn phản ánh/ }), 'bach dang');
  await user.click(await screen.findByTitle('Phường Bạch Đằng — Thành phố Hạ Long'));
  await user.click(screen.getByRole('combobox', { name: 'Quyền liên quan' }));
  await user.click(await screen.findByTitle('Dân biết'));
  await user.type(screen.getByLabelText('Tiêu đề'), '  Chưa công khai dự toán  ');
  await user.type(screen.getByLabelText('Nội dung'), 'Đường thôn 3 <b>chưa</b> công khai');
}

describe('FeedbackFormPage', () => {
  it('sends anonymously without any sender data and shows the tracking code big', async () => {
    const { user, requests } = setup([]);
    expect(screen.getByText('Khiếu nại, tố cáo không gửi tại đây')).toBeInTheDocument();
    await fillTheForm(user);
    await user.click(screen.getByRole('switch', { name: /Gửi ẩn danh/ }));
    expect(screen.queryByLabelText('Họ và tên')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Gửi ý kiến' }));

    expect(await screen.findByTestId('tracking-code')).toHaveTextContent('K7M2Q-X9P4T');
    const [post] = posts(requests);
    expect(post.body).toEqual({
      unitId: 3,
      right: 'KNOW',
      type: 'FEEDBACK',
      title: 'Chưa công khai dự toán',
      text: 'Đường thôn 3 <b>chưa</b> công khai',
      anonymous: true,
      consent: false,
    });
    expect(post.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('asks for consent before keeping a name, and sends it with the consent', async () => {
    const { user, requests } = setup([]);
    await fillTheForm(user);
    await user.type(screen.getByLabelText(/Họ và tên/), 'Nguyễn Văn A');

    await user.click(screen.getByRole('button', { name: 'Gửi ý kiến' }));
    expect(await screen.findByText(/Cần đồng ý để lưu thông tin liên lạc/)).toBeInTheDocument();
    expect(posts(requests)).toHaveLength(0);

    await user.click(screen.getByRole('checkbox', { name: /đồng ý cho lưu họ tên/ }));
    await user.click(screen.getByRole('button', { name: 'Gửi ý kiến' }));

    await screen.findByTestId('tracking-code');
    expect(posts(requests)[0].body).toMatchObject({ senderName: 'Nguyễn Văn A', anonymous: false, consent: true });
  });

  it('explains a 429 kindly with the wait, keeps the text, and retries with the same Idempotency-Key', async () => {
    const { user, requests } = setup([
      { status: 429, body: { status: 429, title: 'Too Many Requests', code: 'rate.limited' } },
    ]);
    // mockApi cannot set headers per reply; the seconds are covered by problem.test.ts.
    await fillTheForm(user);
    await user.click(screen.getByRole('switch', { name: /Gửi ẩn danh/ }));
    await user.click(screen.getByRole('button', { name: 'Gửi ý kiến' }));

    expect(await screen.findByText(/Bạn vừa gửi nhiều lần liên tiếp/)).toBeInTheDocument();
    expect(screen.getByLabelText('Tiêu đề')).toHaveValue('  Chưa công khai dự toán  ');

    await user.click(screen.getByRole('button', { name: 'Gửi ý kiến' }));
    await screen.findByTestId('tracking-code');
    const [first, second] = posts(requests);
    expect(second.headers.get('Idempotency-Key')).toBe(first.headers.get('Idempotency-Key'));
  });

  it('uses a new Idempotency-Key for the next feedback', async () => {
    const { user, requests } = setup([]);
    await fillTheForm(user);
    await user.click(screen.getByRole('switch', { name: /Gửi ẩn danh/ }));
    await user.click(screen.getByRole('button', { name: 'Gửi ý kiến' }));
    await screen.findByTestId('tracking-code');

    await user.click(screen.getByRole('button', { name: 'Gửi ý kiến khác' }));
    await fillTheForm(user);
    await user.click(screen.getByRole('switch', { name: /Gửi ẩn danh/ }));
    await user.click(screen.getByRole('button', { name: 'Gửi ý kiến' }));

    await waitFor(() => expect(posts(requests)).toHaveLength(2));
    const [first, second] = posts(requests);
    expect(second.headers.get('Idempotency-Key')).not.toBe(first.headers.get('Idempotency-Key'));
  });
});
