import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Role } from '@/lib/auth';
import { adminMe, page, tree } from '@/testing/fixtures';
import { mockApi, type RecordedRequest } from '@/testing/mockApi';
import { renderWithApp } from '@/testing/render';
import type { StaffAuditEntry, StaffMember } from '../api';
import { StaffPage } from './StaffPage';

type Handlers = Parameters<typeof mockApi>[0];

const ID = '[0-9a-f-]+';

function member(overrides: Partial<StaffMember> & Pick<StaffMember, 'id' | 'username' | 'name'>): StaffMember {
  return {
    firstName: 'Lan',
    lastName: 'Lê Thị',
    email: `${overrides.username}@coso.local`,
    enabled: true,
    roles: ['OFFICER'],
    unit: { id: 3, code: '06694', name: 'Phường Bạch Đằng', type: 'COMMUNE' },
    unitCode: '06694',
    attention: null,
    passwordChangeRequired: false,
    createdAt: '2025-01-01T00:00:00Z',
    version: 42,
    ...overrides,
  } as StaffMember;
}

const officer = member({ id: 'a1', username: 'officer.bachdang', name: 'Lê Thị Lan' });
const admin = member({
  id: 'b2',
  username: 'admin',
  name: 'Nguyễn Thị Thu Hà',
  roles: ['ADMIN'],
  unit: { id: 1, code: '22', name: 'Tỉnh Quảng Ninh', type: 'PROVINCE' },
  unitCode: '22',
});
const orphan = member({
  id: 'c3',
  username: 'old.commune',
  name: 'Trần Văn Cũ',
  unit: { id: 9, code: '06700', name: 'Xã Đã Sáp Nhập', type: 'COMMUNE' },
  unitCode: '06700',
  attention: 'INACTIVE_UNIT',
  enabled: false,
  passwordChangeRequired: true,
});

const auditEntry: StaffAuditEntry = {
  id: 1,
  staffId: 'a1',
  staffUsername: 'officer.bachdang',
  at: '2025-03-01T08:00:00Z',
  by: 'admin',
  action: 'UPDATED',
  changes: [{ field: 'unitCode', from: '193', to: '06694' }],
};

function setup(roles: Role[] = ['admin'], extra: Handlers = {}, route = '/staff') {
  const all = [admin, officer, orphan];
  const api = mockApi({
    'GET /api/v1/me': () => ({ body: { ...adminMe, roles } }),
    'GET /api/v1/units/:id/tree': () => ({ body: tree }),
    'GET /api/v1/staff/history': () => ({ body: page([auditEntry]) }),
    [`GET /api/v1/staff/${ID}`]: (request) => ({ body: all.find((m) => request.path.endsWith(`/${m.id}`)) }),
    'GET /api/v1/staff': (request) => {
      const attention = request.query.get('needsAttention') === 'true';
      return { body: page(attention ? all.filter((m) => m.attention) : all) };
    },
    ...extra,
  });
  const user = userEvent.setup();
  renderWithApp(<StaffPage />, { roles, fetch: api.fetch, route });
  return { ...api, user };
}

/** Pastes instead of typing key by key: the same events for a form, a fraction of the time on a busy machine. */
async function fill(user: ReturnType<typeof userEvent.setup>, input: HTMLElement, text: string) {
  await user.click(input);
  await user.paste(text);
}

function tableBody() {
  return document.querySelector('.ant-table-tbody') as HTMLElement;
}

function findInTable(text: string) {
  return waitFor(() => within(tableBody()).getByText(text));
}

function requestsTo(requests: RecordedRequest[], method: string, path: string) {
  return requests.filter((r) => r.method === method && r.path === path);
}

describe('StaffPage', () => {
  it('lists accounts with role, unit, status and what needs attention, in Vietnamese', async () => {
    const { requests } = setup();
    await findInTable('officer.bachdang');

    const body = tableBody();
    expect(within(body).getByText('Quản trị')).toBeInTheDocument();
    expect(within(body).getAllByText('Cán bộ đơn vị')).toHaveLength(2);
    expect(within(body).getByText('Đơn vị đã giải thể, sáp nhập')).toBeInTheDocument();
    expect(within(body).getByText('Đã khóa')).toBeInTheDocument();
    expect(within(body).getByText('Chờ đổi mật khẩu')).toBeInTheDocument();
    expect(requestsTo(requests, 'GET', '/api/v1/staff').at(-1)!.query.get('sort')).toBe('username,asc');
  });

  it('asks the server for the accounts needing attention', async () => {
    const { user, requests } = setup();
    await findInTable('officer.bachdang');

    await user.click(screen.getByRole('checkbox', { name: 'Chỉ tài khoản cần xử lý' }));

    await waitFor(() => expect(document.querySelectorAll('tbody tr.ant-table-row')).toHaveLength(1));
    expect(requestsTo(requests, 'GET', '/api/v1/staff').at(-1)!.query.get('needsAttention')).toBe('true');
  });

  it('restores its filters from a copied link: disabled accounts needing attention, a role and a sort', async () => {
    const { requests } = setup(['admin'], {}, '/staff?status=disabled&needsAttention=true&role=officer&sort=name,desc');
    await waitFor(() => expect(requestsTo(requests, 'GET', '/api/v1/staff').length).toBeGreaterThan(0));

    const query = requestsTo(requests, 'GET', '/api/v1/staff').at(-1)!.query;
    expect(query.get('enabled')).toBe('false');
    expect(query.get('needsAttention')).toBe('true');
    expect(query.get('role')).toBe('officer');
    expect(query.get('sort')).toBe('name,desc');
    expect(screen.getByRole('checkbox', { name: 'Chỉ tài khoản cần xử lý' })).toBeChecked();
  });

  it('shows officers the accounts read-only', async () => {
    setup(['officer']);
    await findInTable('officer.bachdang');

    expect(screen.getByText(/chỉ quản trị viên mới thay đổi được/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Thêm tài khoản/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Sửa/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('tab', { name: 'Nhật ký thay đổi' })).not.toBeInTheDocument();
  });

  it('creates an account with a role, a unit from the tree and a temporary password', async () => {
    const { user, requests } = setup(['admin'], {
      'POST /api/v1/staff': () => ({
        status: 201,
        body: member({ id: 'd4', username: 'nguyen.van.an', name: 'Nguyễn Văn An' }),
      }),
    });
    await findInTable('officer.bachdang');
    await user.click(screen.getByRole('button', { name: /Thêm tài khoản/ }));
    const drawer = await screen.findByRole('dialog');

    await fill(user, within(drawer).getByLabelText('Tên đăng nhập'), ' nguyen.van.an ');
    await fill(user, within(drawer).getByLabelText('Họ và tên đệm'), 'Nguyễn Văn');
    await fill(user, within(drawer).getByLabelText('Tên'), 'An');
    await fill(user, within(drawer).getByLabelText('Email'), 'an@quangninh.gov.vn');
    await user.click(within(drawer).getByRole('combobox', { name: 'Đơn vị công tác' }));
    await user.click(await screen.findByTitle('Thành phố Hạ Long (193)'));
    await fill(user, within(drawer).getByLabelText('Mật khẩu tạm thời'), 'Tạm-thời-2025!');
    await user.click(screen.getByRole('button', { name: 'Lưu' }));

    await waitFor(() => expect(requestsTo(requests, 'POST', '/api/v1/staff')).toHaveLength(1));
    expect(requestsTo(requests, 'POST', '/api/v1/staff')[0].body).toEqual({
      username: 'nguyen.van.an',
      lastName: 'Nguyễn Văn',
      firstName: 'An',
      email: 'an@quangninh.gov.vn',
      role: 'OFFICER',
      unitId: 2,
      temporaryPassword: 'Tạm-thời-2025!',
    });
  });

  it('shows the password policy refusal at the password field', async () => {
    const { user } = setup(['admin'], {
      'POST /api/v1/staff': () => ({
        status: 400,
        body: {
          status: 400,
          title: 'Invalid request',
          code: 'validation.failed',
          errors: [{ field: 'create.request.temporaryPassword', message: 'không được để trống' }],
        },
      }),
    });
    await findInTable('officer.bachdang');
    await user.click(screen.getByRole('button', { name: /Thêm tài khoản/ }));
    const drawer = await screen.findByRole('dialog');
    await fill(user, within(drawer).getByLabelText('Tên đăng nhập'), 'x.y');
    await fill(user, within(drawer).getByLabelText('Họ và tên đệm'), 'Lê');
    await fill(user, within(drawer).getByLabelText('Tên'), 'B');
    await fill(user, within(drawer).getByLabelText('Email'), 'b@x.vn');
    await user.click(within(drawer).getByRole('combobox', { name: 'Đơn vị công tác' }));
    await user.click(await screen.findByTitle('Thành phố Hạ Long (193)'));
    const password = within(drawer).getByLabelText('Mật khẩu tạm thời');
    await fill(user, password, 'ngan');
    await user.click(screen.getByRole('button', { name: 'Lưu' }));

    const item = password.closest('.ant-form-item') as HTMLElement;
    expect(await within(item).findByText('không được để trống')).toBeInTheDocument();
  });

  it('edits with the version it read and disables after confirmation', async () => {
    const { user, requests } = setup(['admin'], {
      [`PUT /api/v1/staff/${ID}`]: () => ({ body: officer }),
      [`POST /api/v1/staff/${ID}/disable`]: () => ({ body: { ...officer, enabled: false } }),
    });
    await findInTable('officer.bachdang');

    await user.click(screen.getByRole('button', { name: 'Sửa officer.bachdang' }));
    const drawer = await screen.findByRole('dialog');
    const firstName = await within(drawer).findByLabelText('Tên');
    await user.clear(firstName);
    await user.type(firstName, 'Lan Anh');
    await user.click(screen.getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(requestsTo(requests, 'PUT', '/api/v1/staff/a1')).toHaveLength(1));
    expect(requestsTo(requests, 'PUT', '/api/v1/staff/a1')[0].body).toEqual({
      lastName: 'Lê Thị',
      firstName: 'Lan Anh',
      email: 'officer.bachdang@coso.local',
      role: 'OFFICER',
      unitId: 3,
      version: 42,
    });

    await user.click(screen.getByRole('button', { name: 'Khóa officer.bachdang' }));
    await user.click(await screen.findByRole('button', { name: 'Đồng ý' }));
    await waitFor(() => expect(requestsTo(requests, 'POST', '/api/v1/staff/a1/disable')).toHaveLength(1));
  });

  it('explains that Keycloak cannot be reached', async () => {
    setup(['admin'], {
      'GET /api/v1/staff': () => ({
        status: 503,
        body: { status: 503, title: 'Service unavailable', code: 'keycloak.unavailable' },
      }),
    });

    expect(await screen.findByText(/Không kết nối được máy chủ đăng nhập/)).toBeInTheDocument();
  });

  it('shows who changed whom in the audit tab', async () => {
    const { user } = setup();
    await findInTable('officer.bachdang');

    await user.click(screen.getByRole('tab', { name: 'Nhật ký thay đổi' }));

    const panel = await screen.findByRole('tabpanel', { name: 'Nhật ký thay đổi' });
    expect(await within(panel).findByText('Sửa')).toBeInTheDocument();
    expect(within(panel).getByText('officer.bachdang')).toBeInTheDocument();
    expect(within(panel).getByTestId('history-change')).toHaveTextContent(/^Đơn vị: .*193.* → .*06694/);
  });
});
