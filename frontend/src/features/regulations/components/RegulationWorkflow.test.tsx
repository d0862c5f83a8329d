import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Role } from '@/lib/auth';
import { adminMe, page } from '@/testing/fixtures';
import { mockApi } from '@/testing/mockApi';
import { renderWithApp } from '@/testing/render';
import type { HistoryEntry, Regulation } from '../api';
import { RegulationsPage } from './RegulationsPage';

const bachDang = { id: 3, code: '06694', name: 'Phường Bạch Đằng', type: 'COMMUNE' as const };

const draft: Regulation = {
  allowedActions: ['update', 'delete', 'submit-for-consultation', 'issue'],
  id: 7,
  unit: bachDang,
  kind: 'REGULATION',
  number: null,
  title: 'Dự thảo quy chế dân chủ phường',
  issueDate: null,
  status: 'DRAFTING',
  inForce: false,
  replacesId: null,
  consultationId: null,
  version: 2,
  createdAt: '2025-01-01T00:00:00Z',
  updatedAt: '2025-01-01T00:00:00Z',
};
const inForce: Regulation = {
  allowedActions: ['update', 'revise', 'repeal'],
  id: 8,
  unit: bachDang,
  kind: 'REGULATION',
  number: '12/QC-UBND',
  title: 'Quy chế đang áp dụng',
  issueDate: '2023-03-10',
  status: 'ISSUED',
  inForce: true,
  replacesId: null,
  consultationId: null,
  version: 4,
  createdAt: '2025-01-01T00:00:00Z',
  updatedAt: '2025-01-01T00:00:00Z',
};
const history: HistoryEntry[] = [
  {
    id: 31,
    at: '2025-02-01T08:30:00Z',
    by: 'officer.bachdang',
    action: 'UPDATED',
    changes: [{ field: 'title', from: 'Dự thảo cũ', to: 'Dự thảo quy chế dân chủ phường' }],
  },
  { id: 30, at: '2025-01-31T08:00:00Z', by: 'officer.bachdang', action: 'CREATED', changes: [] },
];

function setup(roles: Role[] = ['officer'], regulations: Regulation[] = [draft, inForce]) {
  const byId = new Map(regulations.map((r) => [r.id, r]));
  const api = mockApi({
    'GET /api/v1/me': () => ({ body: { ...adminMe, roles } }),
    'GET /api/v1/regulations/coverage': () => ({
      body: { unit: bachDang, requiredUnits: 1, unitsWithRegulation: 1, share: 1, missing: [], missingTotal: 0 },
    }),
    'GET /api/v1/regulations': () => ({ body: page(regulations) }),
    'GET /api/v1/regulations/:id': (request) => ({ body: byId.get(Number(request.path.split('/').at(-1))) }),
    'GET /api/v1/regulations/:id/history': () => ({ body: page(history) }),
    'POST /api/v1/regulations/:id/issue': (request) => ({
      body: { ...draft, ...(request.body as object), status: 'ISSUED', inForce: true, version: 3 },
    }),
    'POST /api/v1/regulations/:id/submit-for-consultation': () => ({
      status: 409,
      body: { status: 409, title: 'Conflict', code: 'version.stale', detail: 'stale' },
    }),
    'POST /api/v1/regulations': (request) => ({
      status: 201,
      body: { ...draft, id: 9, ...(request.body as object), version: 0 },
    }),
    'POST /api/v1/regulations/:id/revise': (request) => ({
      status: 201,
      body: { ...draft, id: 10, ...(request.body as object), replacesId: 8, version: 0 },
    }),
    'GET /api/v1/units/:id/tree': () => ({
      body: { id: 1, code: '22', name: 'Tỉnh Quảng Ninh', type: 'PROVINCE', children: [{ ...bachDang, children: [] }] },
    }),
  });
  const user = userEvent.setup();
  renderWithApp(<RegulationsPage />, { roles, fetch: api.fetch });
  return { ...api, user };
}

/** The open drawer or modal whose title matches. */
function dialog(title: RegExp) {
  return waitFor(() => {
    const found = screen
      .getAllByRole('dialog')
      .find((element) => title.test(element.querySelector('.ant-drawer-title, .ant-modal-title')?.textContent ?? ''));
    if (!found) {
      throw new Error(`no dialog titled ${title}`);
    }
    return found;
  });
}

async function open(user: ReturnType<typeof userEvent.setup>, title: string) {
  await user.click(await screen.findByText(title, { selector: 'a, a *' }));
  return dialog(new RegExp(`^${title}$`));
}

describe('Regulations workflow', () => {
  it('offers a draft only the operations legal for it, and issues it with its number and date', async () => {
    const { user, requests } = setup();
    const drawer = await open(user, 'Dự thảo quy chế dân chủ phường');

    expect(await within(drawer).findByRole('button', { name: 'Đưa ra lấy ý kiến' })).toBeInTheDocument();
    expect(within(drawer).getByRole('button', { name: 'Ban hành' })).toBeInTheDocument();
    expect(within(drawer).getByRole('button', { name: /Xóa/ })).toBeInTheDocument();
    expect(within(drawer).queryByRole('button', { name: 'Bãi bỏ' })).not.toBeInTheDocument();
    expect(within(drawer).queryByRole('button', { name: 'Dự thảo sửa đổi' })).not.toBeInTheDocument();

    await user.click(within(drawer).getByRole('button', { name: 'Ban hành' }));
    const modal = await dialog(/^Ban hành: Dự thảo/);
    await user.type(within(modal).getByLabelText('Số hiệu'), '25/QC-UBND');
    await user.type(within(modal).getByLabelText('Ngày ban hành'), '2025-03-14');
    await user.click(within(modal).getByRole('button', { name: /Ban hành/ }));

    await waitFor(() => {
      const issue = requests.find((r) => r.method === 'POST' && r.path === '/api/v1/regulations/7/issue');
      expect(issue?.body).toEqual({ number: '25/QC-UBND', issueDate: '2025-03-14', version: 2 });
    });
  });

  it('offers a regulation in force a revision and repeal, and drafts the revision through the revise operation', async () => {
    const { user, requests } = setup();
    const drawer = await open(user, 'Quy chế đang áp dụng');

    expect(await within(drawer).findByRole('button', { name: 'Bãi bỏ' })).toBeInTheDocument();
    expect(within(drawer).queryByRole('button', { name: 'Ban hành' })).not.toBeInTheDocument();
    expect(within(drawer).queryByRole('button', { name: /Xóa/ })).not.toBeInTheDocument();

    await user.click(within(drawer).getByRole('button', { name: 'Dự thảo sửa đổi' }));
    const form = await dialog(/^Dự thảo sửa đổi, thay thế/);
    const title = within(form).getByLabelText('Tiêu đề');
    await user.clear(title);
    await user.type(title, 'Quy chế sửa đổi năm 2025');
    await user.click(within(form).getByRole('button', { name: /Lưu/ }));

    await waitFor(() => {
      const revised = requests.find((r) => r.method === 'POST' && r.path === '/api/v1/regulations/8/revise');
      expect(revised?.body).toEqual({ title: 'Quy chế sửa đổi năm 2025', version: 4 });
    });
    expect(requests.some((r) => r.method === 'POST' && r.path === '/api/v1/regulations')).toBe(false);
  });

  it('offers no revision when the API does not allow it', async () => {
    const { user } = setup(['officer'], [{ ...inForce, allowedActions: ['repeal'] }]);
    const drawer = await open(user, 'Quy chế đang áp dụng');

    expect(await within(drawer).findByRole('button', { name: 'Bãi bỏ' })).toBeInTheDocument();
    expect(within(drawer).queryByRole('button', { name: 'Dự thảo sửa đổi' })).not.toBeInTheDocument();
  });

  it('explains a change refused because someone else changed the regulation first', async () => {
    const { user } = setup();
    const drawer = await open(user, 'Dự thảo quy chế dân chủ phường');

    await user.click(await within(drawer).findByRole('button', { name: 'Đưa ra lấy ý kiến' }));
    await user.click(await screen.findByRole('button', { name: 'Đồng ý' }));

    expect(await within(drawer).findByText(/Người khác vừa thay đổi văn bản này/)).toBeInTheDocument();
  });

  it('shows who changed what and when in the history tab', async () => {
    const { user } = setup();
    const drawer = await open(user, 'Dự thảo quy chế dân chủ phường');

    await user.click(await within(drawer).findByRole('tab', { name: 'Lịch sử thay đổi' }));

    const [edited, created] = await within(drawer).findAllByTestId('history-entry');
    expect(edited).toHaveTextContent(/^Sửa 01\/02\/2025 15:30 · bởi officer.bachdang/);
    expect(edited).toHaveTextContent('Tiêu đề: Dự thảo cũ → Dự thảo quy chế dân chủ phường');
    expect(created).toHaveTextContent(/^Tạo mới/);
  });

  it('offers only what the API allows: an officer sees no operation the record does not allow', async () => {
    const { user } = setup(['officer'], [{ ...draft, allowedActions: ['issue'] }]);
    const drawer = await open(user, 'Dự thảo quy chế dân chủ phường');

    expect(await within(drawer).findByRole('button', { name: 'Ban hành' })).toBeInTheDocument();
    expect(within(drawer).queryAllByRole('button', { name: /Bãi bỏ|Sửa|Xóa|lấy ý kiến|Dự thảo sửa đổi/ })).toHaveLength(
      0,
    );
  });

  it('lets a viewer read a regulation and its history but offers no operation', async () => {
    const { user } = setup(['viewer'], [{ ...draft, allowedActions: [] }]);
    const drawer = await open(user, 'Dự thảo quy chế dân chủ phường');

    await within(drawer).findByText('Đang soạn thảo');
    expect(within(drawer).queryAllByRole('button', { name: /Ban hành|Bãi bỏ|Sửa|Xóa|lấy ý kiến/ })).toHaveLength(0);
    expect(within(drawer).getByRole('tab', { name: 'Lịch sử thay đổi' })).toBeInTheDocument();
  });
});
