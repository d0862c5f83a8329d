import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Role } from '@/lib/auth';
import { adminMe, bachDang, haLong, mongCai, page, province, tree, unit } from '@/testing/fixtures';
import { mockApi, type RecordedRequest } from '@/testing/mockApi';
import { renderWithApp } from '@/testing/render';
import type { Unit } from '../api';
import { UnitsPage } from './UnitsPage';

type Handlers = Parameters<typeof mockApi>[0];

function setup(roles: Role[] = ['admin'], extra: Handlers = {}) {
  const all = [province, haLong, bachDang, mongCai];
  const api = mockApi({
    'GET /api/v1/me': () => ({ body: { ...adminMe, roles } }),
    'GET /api/v1/units/:id/tree': () => ({ body: tree }),
    'GET /api/v1/units/:id': (request) => ({ body: all.find((u) => request.path.endsWith(`/${u.id}`)) }),
    'GET /api/v1/units': (request) => {
      const parentId = request.query.get('parentId');
      const q = request.query.get('q');
      let items = all;
      if (parentId) items = items.filter((u) => String(u.parentId) === parentId);
      if (q === 'bach dang') items = [bachDang];
      return { body: page(items) };
    },
    ...extra,
  });
  const user = userEvent.setup();
  renderWithApp(<UnitsPage />, { roles, fetch: api.fetch });
  return { ...api, user };
}

function lastListRequest(requests: RecordedRequest[]) {
  return requests.filter((r) => r.method === 'GET' && r.path === '/api/v1/units').at(-1)!;
}

function tableBody() {
  return document.querySelector('.ant-table-tbody') as HTMLElement;
}

/** Waits by text in the table body, not by role: role queries over Ant Design's DOM are slow to poll. */
function findInTable(text: string) {
  return waitFor(() => within(tableBody()).getByText(text));
}

function rowsOfTable() {
  return document.querySelectorAll('tbody tr.ant-table-row');
}

describe('UnitsPage', () => {
  it('lists the units in scope beside the tree rooted at the caller’s unit', async () => {
    const { requests } = setup();

    await findInTable('Phường Bạch Đằng');
    expect(rowsOfTable()).toHaveLength(4);
    expect(within(tableBody()).getAllByText('Xã/phường/thị trấn')).toHaveLength(1);
    const tree = await screen.findByRole('tree');
    expect(await within(tree).findByText('Tỉnh Quảng Ninh')).toBeInTheDocument();
    expect(within(tree).getByText('Thành phố Hạ Long')).toBeInTheDocument();
    expect(requests.some((r) => r.path === '/api/v1/units/1/tree')).toBe(true);
    expect(lastListRequest(requests).query.get('sort')).toBe('name,asc');
  });

  it('searches on the server with the words as typed', async () => {
    const { user, requests } = setup();
    await findInTable('Thành phố Móng Cái');

    await user.type(screen.getByRole('searchbox'), 'bach dang{Enter}');

    await waitFor(() => expect(within(tableBody()).queryByText('Thành phố Móng Cái')).not.toBeInTheDocument());
    expect(within(tableBody()).getByText('Phường Bạch Đằng')).toBeInTheDocument();
    expect(lastListRequest(requests).query.get('q')).toBe('bach dang');
    expect(lastListRequest(requests).query.get('page')).toBe('0');
  });

  it('lists the units under the unit chosen in the tree', async () => {
    const { user, requests } = setup();
    await findInTable('Thành phố Móng Cái');

    await user.click(await within(await screen.findByRole('tree')).findByText('Thành phố Hạ Long'));

    await waitFor(() => expect(lastListRequest(requests).query.get('parentId')).toBe('2'));
    expect(await screen.findByText('Đơn vị trực thuộc: Thành phố Hạ Long')).toBeInTheDocument();
    await waitFor(() => expect(rowsOfTable()).toHaveLength(1));
  });

  it.each<Role>(['viewer', 'inspector', 'integration'])('offers no create, edit or delete to %s', async (role) => {
    setup([role]);
    await findInTable('Phường Bạch Đằng');

    expect(screen.queryByRole('button', { name: /Thêm đơn vị/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Sửa/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Xóa/ })).not.toBeInTheDocument();
  });

  it.each<Role>(['admin', 'officer'])('offers create, edit and delete to %s', async (role) => {
    setup([role]);
    await findInTable('Phường Bạch Đằng');

    expect(screen.getByRole('button', { name: /Thêm đơn vị/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Sửa Phường Bạch Đằng' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Xóa Phường Bạch Đằng' })).toBeInTheDocument();
  });
});

describe('unit form', () => {
  async function openCreateForm(extra: Handlers) {
    const context = setup(['admin'], extra);
    await findInTable('Phường Bạch Đằng');
    await context.user.click(screen.getByRole('button', { name: /Thêm đơn vị/ }));
    await screen.findByText('Thêm đơn vị mới');
    const drawer = screen.getByRole('dialog');
    return { ...context, drawer };
  }

  async function fill(user: ReturnType<typeof userEvent.setup>, drawer: HTMLElement, code: string, name: string) {
    await user.type(within(drawer).getByLabelText('Mã đơn vị'), code);
    await user.type(within(drawer).getByLabelText('Tên đơn vị'), name);
  }

  it('creates a unit under the tree’s root with the next level’s type by default', async () => {
    const created: Unit = unit({ id: 9, code: 'E2E-1', name: 'Tổ dân phố 1', type: 'DISTRICT', parentId: 1 });
    const { user, drawer, requests } = await openCreateForm({
      'POST /api/v1/units': () => ({ status: 201, body: created }),
    });

    await fill(user, drawer, ' E2E-1 ', 'Tổ dân phố 1');
    await user.click(screen.getByRole('button', { name: 'Lưu' }));

    await waitFor(() => expect(requests.some((r) => r.method === 'POST')).toBe(true));
    expect(requests.find((r) => r.method === 'POST')!.body).toEqual({
      code: 'E2E-1',
      name: 'Tổ dân phố 1',
      type: 'DISTRICT',
      parentId: 1,
      active: true,
    });
    expect(await screen.findByText('Đã thêm đơn vị Tổ dân phố 1')).toBeInTheDocument();
  });

  it('shows the server’s validation messages at the fields they concern', async () => {
    const { user, drawer } = await openCreateForm({
      'POST /api/v1/units': () => ({
        status: 400,
        body: {
          status: 400,
          title: 'Bad Request',
          code: 'validation.failed',
          errors: [{ field: 'create.request.name', message: 'không được để trống' }],
        },
      }),
    });

    await fill(user, drawer, 'X1', '   ');
    await user.click(screen.getByRole('button', { name: 'Lưu' }));

    const nameItem = within(drawer).getByLabelText('Tên đơn vị').closest('.ant-form-item') as HTMLElement;
    expect(await within(nameItem).findByText('không được để trống')).toBeInTheDocument();
    expect(within(drawer).getByRole('alert')).toHaveTextContent('Dữ liệu chưa hợp lệ');
  });

  it('explains a duplicate code at the code field', async () => {
    const { user, drawer } = await openCreateForm({
      'POST /api/v1/units': () => ({
        status: 409,
        body: { status: 409, title: 'Conflict', code: 'unit.code.duplicate', detail: 'Code 06694 exists' },
      }),
    });

    await fill(user, drawer, '06694', 'Trùng mã');
    await user.click(screen.getByRole('button', { name: 'Lưu' }));

    const codeItem = within(drawer).getByLabelText('Mã đơn vị').closest('.ant-form-item') as HTMLElement;
    expect(await within(codeItem).findByText('Mã đơn vị này đã được dùng cho một đơn vị khác.')).toBeInTheDocument();
  });

  it('sends the version it read and offers to reload when someone else changed the unit', async () => {
    let version = 3;
    const { user, requests } = setup(['admin'], {
      'GET /api/v1/units/:id': () => ({ body: { ...haLong, version } }),
      'PUT /api/v1/units/:id': () => ({
        status: 409,
        body: { status: 409, title: 'Conflict', code: 'version.stale', detail: 'stale' },
      }),
    });
    await findInTable('Thành phố Hạ Long');
    await user.click(screen.getByRole('button', { name: 'Sửa Thành phố Hạ Long' }));
    await screen.findByText('Sửa đơn vị: Thành phố Hạ Long');
    const drawer = screen.getByRole('dialog');
    const name = await within(drawer).findByLabelText('Tên đơn vị');
    expect(name).toHaveValue('Thành phố Hạ Long');

    version = 4;
    await user.clear(name);
    await user.type(name, 'TP Hạ Long');
    await user.click(screen.getByRole('button', { name: 'Lưu' }));

    await within(drawer).findByText(/Người khác vừa thay đổi/);
    const alert = within(drawer).getByRole('alert');
    expect(alert).toHaveTextContent('Người khác vừa thay đổi đơn vị này');
    expect(requests.find((r) => r.method === 'PUT')!.body).toMatchObject({ name: 'TP Hạ Long', version: 3 });

    await user.click(within(alert).getByRole('button', { name: 'Tải bản mới nhất' }));
    await waitFor(() => expect(within(drawer).queryByRole('alert')).not.toBeInTheDocument());
    expect(within(drawer).getByLabelText('Tên đơn vị')).toHaveValue('Thành phố Hạ Long');

    await user.click(screen.getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(requests.filter((r) => r.method === 'PUT').at(-1)!.body).toMatchObject({ version: 4 }));
  });

  it('says why a unit with units under it cannot be deleted', async () => {
    const { user } = setup(['admin'], {
      'DELETE /api/v1/units/:id': () => ({
        status: 409,
        body: { status: 409, title: 'Conflict', code: 'unit.has-children', detail: 'has children' },
      }),
    });
    await findInTable('Thành phố Hạ Long');

    await user.click(screen.getByRole('button', { name: 'Xóa Thành phố Hạ Long' }));
    await screen.findByText('Xóa đơn vị “Thành phố Hạ Long”?');
    await user.click(screen.getByRole('button', { name: 'Xóa' }));

    expect(await screen.findByText(/Không thể xóa vì đơn vị này còn đơn vị trực thuộc/)).toBeInTheDocument();
  });
});
