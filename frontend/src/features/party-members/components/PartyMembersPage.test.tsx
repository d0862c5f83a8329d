import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { NAV_ITEMS } from '@/app/navigation';
import { routes } from '@/app/router';
import type { Role } from '@/lib/auth';
import { adminMe, page, tree } from '@/testing/fixtures';
import { mockApi } from '@/testing/mockApi';
import { renderWithApp } from '@/testing/render';
import { findInTable, findRow, formItemOf, requestsTo } from '@/testing/table';
import type { PartyMember, PartyMemberTransfer } from '../api';
import { PartyMembersPage } from './PartyMembersPage';

type Handlers = Parameters<typeof mockApi>[0];

const wardCell = { id: 12, code: 'CB1', name: 'Chi bộ khu phố 1' };
const cityCommittee = { id: 11, code: 'DB193', name: 'Đảng bộ thành phố Hạ Long' };

const lan: PartyMember = {
  id: 1,
  fullName: 'Nguyễn Thị Lan',
  partyCardNumber: '79.012345',
  dateOfBirth: '1980-02-03',
  admissionDate: '2005-05-19',
  officialDate: '2006-05-19',
  organization: wardCell,
  unit: { id: 3, code: '06694', name: 'Phường Bạch Đằng', type: 'COMMUNE' },
  post: 'Bí thư chi bộ',
  status: 'ACTIVE',
  version: 4,
};
const hung: PartyMember = {
  ...lan,
  id: 2,
  fullName: 'Trần Văn Hùng',
  partyCardNumber: '79.054321',
  post: null,
  status: 'DECEASED',
  version: 0,
};
const earlierMove: PartyMemberTransfer = {
  id: 7,
  from: cityCommittee,
  to: wardCell,
  date: '2020-03-01',
  decisionNumber: '15-QĐ/ĐU',
  note: null,
  recordedBy: 'admin',
};

function setup(roles: Role[] = ['inspector'], extra: Handlers = {}) {
  const api = mockApi({
    'GET /api/v1/me': () => ({ body: { ...adminMe, roles } }),
    'GET /api/v1/units/:id/tree': () => ({ body: tree }),
    'GET /api/v1/party-organizations': () => ({
      body: page([{ ...cityCommittee, level: 'DIRECTLY_SUBORDINATE' }, { ...wardCell }]),
    }),
    'GET /api/v1/party-members/:id/transfers': () => ({ body: [earlierMove] }),
    'GET /api/v1/party-members/:id': (request) => ({
      body: [lan, hung].find((m) => request.path.endsWith(`/${m.id}`)),
    }),
    'GET /api/v1/party-members': () => ({ body: page([lan, hung]) }),
    ...extra,
  });
  const user = userEvent.setup();
  renderWithApp(<PartyMembersPage />, { roles, fetch: api.fetch });
  return { ...api, user };
}

describe('PartyMembersPage', () => {
  it('lists the members with card number, organisation, admission date and status', async () => {
    const { requests } = setup();

    const row = await findRow('Nguyễn Thị Lan');
    expect(row).toHaveTextContent('79.012345');
    expect(row).toHaveTextContent('Bí thư chi bộ');
    expect(row).toHaveTextContent('Chi bộ khu phố 1');
    expect(row).toHaveTextContent('Phường Bạch Đằng');
    expect(row).toHaveTextContent('19/05/2005');
    expect(row).toHaveTextContent('Đang sinh hoạt');
    expect(await findRow('Trần Văn Hùng')).toHaveTextContent('Từ trần');
    expect(requestsTo(requests, '/api/v1/party-members').at(-1)!.query.get('sort')).toBe('fullName,asc');
  });

  it('searches by name without tone marks and filters by status on the server', async () => {
    const { user, requests } = setup();
    await findInTable('Nguyễn Thị Lan');

    await user.type(screen.getByRole('searchbox'), 'nguyen thi lan');
    await user.click(screen.getByRole('combobox', { name: 'Trạng thái' }));
    await user.click(await screen.findByTitle('Đang sinh hoạt'));

    // The search waits for typing to pause, so the two filters may reach the server in either order.
    await waitFor(() => {
      const last = requestsTo(requests, '/api/v1/party-members').at(-1)!.query;
      expect(last.get('status')).toBe('ACTIVE');
      expect(last.get('q')).toBe('nguyen thi lan');
    });
  });

  it('offers a transfer only for active members', async () => {
    setup();
    await findInTable('Trần Văn Hùng');

    expect(screen.getByRole('button', { name: 'Chuyển sinh hoạt Nguyễn Thị Lan' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Chuyển sinh hoạt Trần Văn Hùng' })).not.toBeInTheDocument();
  });

  it('says why a member that records refer to cannot be deleted', async () => {
    const { user, requests } = setup(['admin'], {
      'DELETE /api/v1/party-members/:id': () => ({
        status: 409,
        body: { status: 409, title: 'Conflict', code: 'party-member.referenced', detail: 'referenced' },
      }),
    });
    await findInTable('Nguyễn Thị Lan');

    await user.click(screen.getByRole('button', { name: 'Xóa Nguyễn Thị Lan' }));
    await screen.findByText('Xóa đảng viên “Nguyễn Thị Lan”?');
    await user.click(screen.getByRole('button', { name: 'Xóa' }));

    expect(await screen.findByText(/Không thể xóa vì đảng viên này đã có trong hồ sơ/)).toBeInTheDocument();
    expect(requestsTo(requests, '/api/v1/party-members/1', 'DELETE')).toHaveLength(1);
  });

  it('is only for admin and inspector: no menu entry and a refusal for the others, without asking the API', async () => {
    expect(NAV_ITEMS.find((item) => item.path === '/party-members')?.roles).toEqual(['admin', 'inspector']);
    const route = routes[0].children!.find((child) => child.path === 'party-members')!;
    const api = mockApi({ 'GET /api/v1/me': () => ({ body: { ...adminMe, roles: ['officer'] } }) });

    renderWithApp(<>{route.element}</>, { roles: ['officer'], fetch: api.fetch });

    expect(await screen.findByText('Bạn không có quyền xem trang này.')).toBeInTheDocument();
    expect(requestsTo(api.requests, '/api/v1/party-members')).toHaveLength(0);
  });
});

describe('party member forms', () => {
  it('records a member in the organisation found by search and explains a card number in use at its field', async () => {
    const { user, requests } = setup(['admin'], {
      'POST /api/v1/party-members': () => ({
        status: 409,
        body: { status: 409, title: 'Conflict', code: 'party-member.card.duplicate', detail: 'duplicate' },
      }),
    });
    await findInTable('Nguyễn Thị Lan');
    await user.click(screen.getByRole('button', { name: /Thêm đảng viên/ }));
    const drawer = await screen.findByRole('dialog');

    await user.type(within(drawer).getByLabelText('Họ và tên'), 'Phạm Văn Minh');
    const card = within(drawer).getByLabelText('Số thẻ đảng viên');
    await user.type(card, '79.012345');
    await user.type(within(drawer).getByLabelText('Ngày vào Đảng'), '03/02/2010{Enter}');
    const organization = within(drawer).getByRole('combobox', { name: 'Tổ chức đảng' });
    await user.type(organization, 'chi bo');
    await user.click(await screen.findByTitle('Chi bộ khu phố 1 (CB1)'));
    await user.click(screen.getByRole('button', { name: 'Lưu' }));

    expect(
      await within(formItemOf(card)).findByText('Số thẻ này đã được dùng cho một đảng viên khác.'),
    ).toBeInTheDocument();
    expect(requestsTo(requests, '/api/v1/party-organizations').at(-1)!.query.get('q')).toBe('chi bo');
    expect(requestsTo(requests, '/api/v1/party-members', 'POST')[0].body).toEqual({
      fullName: 'Phạm Văn Minh',
      partyCardNumber: '79.012345',
      admissionDate: '2010-02-03',
      organizationId: 12,
      status: 'ACTIVE',
    });
  });

  it('edits a member without moving them: the organisation is shown, not sent', async () => {
    const { user, requests } = setup(['inspector'], {
      'PUT /api/v1/party-members/:id': (request) => ({ body: { ...lan, ...(request.body as object) } }),
    });
    await findInTable('Nguyễn Thị Lan');
    await user.click(screen.getByRole('button', { name: 'Sửa Nguyễn Thị Lan' }));
    const drawer = await screen.findByRole('dialog');
    const post = await within(drawer).findByLabelText('Chức vụ');
    expect(within(drawer).getByText('Chi bộ khu phố 1')).toBeInTheDocument();

    await user.clear(post);
    await user.type(post, 'Phó Bí thư chi bộ');
    await user.click(screen.getByRole('button', { name: 'Lưu' }));

    await waitFor(() => expect(requestsTo(requests, '/api/v1/party-members/1', 'PUT')).toHaveLength(1));
    const body = requestsTo(requests, '/api/v1/party-members/1', 'PUT')[0].body as Record<string, unknown>;
    expect(body).toMatchObject({ post: 'Phó Bí thư chi bộ', dateOfBirth: '1980-02-03', version: 4 });
    expect(body).not.toHaveProperty('organizationId');
  });

  it('transfers a member to another organisation with the version read, beside the earlier moves', async () => {
    const { user, requests } = setup(['inspector'], {
      'POST /api/v1/party-members/:id/transfer': () => ({ body: { ...lan, organization: cityCommittee, version: 5 } }),
    });
    await findInTable('Nguyễn Thị Lan');
    await user.click(screen.getByRole('button', { name: 'Chuyển sinh hoạt Nguyễn Thị Lan' }));
    const drawer = await screen.findByRole('dialog');
    expect(await within(drawer).findByText(/từ Đảng bộ thành phố Hạ Long đến Chi bộ khu phố 1/)).toBeInTheDocument();
    expect(within(drawer).getByText('Quyết định số 15-QĐ/ĐU')).toBeInTheDocument();

    await user.click(within(drawer).getByRole('combobox', { name: 'Chuyển đến' }));
    expect(screen.queryByTitle('Chi bộ khu phố 1 (CB1)')).not.toBeInTheDocument();
    await user.click(await screen.findByTitle('Đảng bộ thành phố Hạ Long (DB193)'));
    const date = within(drawer).getByLabelText('Ngày chuyển');
    await user.clear(date);
    await user.type(date, '01/06/2023{Enter}');
    await user.type(within(drawer).getByLabelText('Số quyết định'), '42-QĐ/ĐU');
    await user.click(screen.getByRole('button', { name: 'Lưu' }));

    await waitFor(() => expect(requestsTo(requests, '/api/v1/party-members/1/transfer', 'POST')).toHaveLength(1));
    expect(requestsTo(requests, '/api/v1/party-members/1/transfer', 'POST')[0].body).toEqual({
      toOrganizationId: 11,
      date: '2023-06-01',
      decisionNumber: '42-QĐ/ĐU',
      version: 4,
    });
    expect(
      await screen.findByText('Đã chuyển đảng viên Nguyễn Thị Lan sang Đảng bộ thành phố Hạ Long'),
    ).toBeInTheDocument();
  });

  it('explains why a member who is no longer active cannot be transferred', async () => {
    const { user } = setup(['admin'], {
      'POST /api/v1/party-members/:id/transfer': () => ({
        status: 409,
        body: { status: 409, title: 'Conflict', code: 'party-member.not-active', detail: 'not active' },
      }),
    });
    await findInTable('Nguyễn Thị Lan');
    await user.click(screen.getByRole('button', { name: 'Chuyển sinh hoạt Nguyễn Thị Lan' }));
    const drawer = await screen.findByRole('dialog');
    await user.click(await within(drawer).findByRole('combobox', { name: 'Chuyển đến' }));
    await user.click(await screen.findByTitle('Đảng bộ thành phố Hạ Long (DB193)'));
    await user.click(screen.getByRole('button', { name: 'Lưu' }));

    expect(await within(drawer).findByRole('alert')).toHaveTextContent(
      'Chỉ chuyển sinh hoạt được đảng viên đang sinh hoạt.',
    );
  });
});
