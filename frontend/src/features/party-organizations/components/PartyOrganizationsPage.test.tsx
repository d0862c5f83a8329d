import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Role } from '@/lib/auth';
import { adminMe, page, tree } from '@/testing/fixtures';
import { mockApi, type RecordedRequest } from '@/testing/mockApi';
import { renderWithApp } from '@/testing/render';
import type { PartyOrganization, PartyOrganizationTreeNode } from '../api';
import { PartyOrganizationsPage } from './PartyOrganizationsPage';

type Handlers = Parameters<typeof mockApi>[0];

function organization(overrides: Partial<PartyOrganization> & Pick<PartyOrganization, 'id' | 'code' | 'name'>) {
  return {
    level: 'GRASSROOTS',
    form: 'COMMITTEE',
    unit: { id: 1, code: '22', name: 'Tỉnh Quảng Ninh', type: 'PROVINCE' },
    parentId: null,
    parentName: null,
    secretaryName: null,
    memberCount: 0,
    childCount: 0,
    active: true,
    version: 0,
    ...overrides,
  } as PartyOrganization;
}

const provincial = organization({
  id: 10,
  code: 'DB22',
  name: 'Đảng bộ tỉnh Quảng Ninh',
  level: 'PROVINCIAL',
  secretaryName: 'Nguyễn Văn A',
  memberCount: 120000,
  childCount: 1,
});
const haLongCommittee = organization({
  id: 11,
  code: 'DB193',
  name: 'Đảng bộ thành phố Hạ Long',
  level: 'DIRECTLY_SUBORDINATE',
  unit: { id: 2, code: '193', name: 'Thành phố Hạ Long', type: 'DISTRICT' },
  parentId: 10,
  parentName: 'Đảng bộ tỉnh Quảng Ninh',
  memberCount: 30000,
});
const cell = organization({
  id: 12,
  code: 'CB1',
  name: 'Chi bộ khu phố 1',
  level: 'BELOW_GRASSROOTS',
  form: 'CELL',
  unit: { id: 3, code: '06694', name: 'Phường Bạch Đằng', type: 'COMMUNE' },
  memberCount: 25,
});

const orgTree: PartyOrganizationTreeNode = {
  id: 10,
  code: 'DB22',
  name: 'Đảng bộ tỉnh Quảng Ninh',
  level: 'PROVINCIAL',
  form: 'COMMITTEE',
  active: true,
  children: [
    {
      id: 11,
      code: 'DB193',
      name: 'Đảng bộ thành phố Hạ Long',
      level: 'DIRECTLY_SUBORDINATE',
      form: 'COMMITTEE',
      active: true,
      children: [],
    },
  ],
};

function setup(roles: Role[] = ['admin'], extra: Handlers = {}, route = '/party-organizations') {
  const all = [provincial, haLongCommittee, cell];
  const api = mockApi({
    'GET /api/v1/me': () => ({ body: { ...adminMe, roles } }),
    'GET /api/v1/units/:id/tree': () => ({ body: tree }),
    'GET /api/v1/party-organizations/:id/tree': () => ({ body: orgTree }),
    'GET /api/v1/party-organizations/:id': (request) => ({ body: all.find((o) => request.path.endsWith(`/${o.id}`)) }),
    'GET /api/v1/party-organizations': (request) => {
      const level = request.query.get('level');
      return { body: page(level ? all.filter((o) => o.level === level) : all) };
    },
    ...extra,
  });
  const user = userEvent.setup();
  renderWithApp(<PartyOrganizationsPage />, { roles, fetch: api.fetch, route });
  return { ...api, user };
}

function listRequests(requests: RecordedRequest[]) {
  return requests.filter((r) => r.method === 'GET' && r.path === '/api/v1/party-organizations');
}

function tableBody() {
  return document.querySelector('.ant-table-tbody') as HTMLElement;
}

function findInTable(text: string) {
  return waitFor(() => within(tableBody()).getByText(text));
}

describe('PartyOrganizationsPage', () => {
  it('lists the organisations with their level, form, unit, secretary and members in Vietnamese', async () => {
    const { requests } = setup();

    await findInTable('Chi bộ khu phố 1');
    expect(document.querySelectorAll('tbody tr.ant-table-row')).toHaveLength(3);
    const body = tableBody();
    expect(within(body).getByText('Đảng bộ tỉnh')).toBeInTheDocument();
    expect(within(body).getByText('Trực thuộc Tỉnh ủy')).toBeInTheDocument();
    expect(within(body).getByText('Dưới cơ sở')).toBeInTheDocument();
    expect(within(body).getByText('Chi bộ')).toBeInTheDocument();
    expect(within(body).getAllByText('Đảng bộ')).toHaveLength(2);
    expect(within(body).getByText('Phường Bạch Đằng')).toBeInTheDocument();
    expect(within(body).getByText('Nguyễn Văn A')).toBeInTheDocument();
    // Counts as Vietnamese write them (lib/format), whatever the browser's locale.
    expect(within(body).getByText('120.000')).toBeInTheDocument();
    expect(screen.getByText('Tổ chức đảng')).toBeInTheDocument();
    expect(listRequests(requests).at(-1)!.query.get('sort')).toBe('code,asc');
  });

  it('restores its filters, page and sort from a copied link', async () => {
    const { requests } = setup(
      ['admin'],
      {},
      '/party-organizations?q=h%E1%BA%A1%20long&level=GRASSROOTS&status=inactive&page=3&sort=name,desc',
    );
    await waitFor(() => expect(listRequests(requests).length).toBeGreaterThan(0));

    const query = listRequests(requests).at(-1)!.query;
    expect(query.get('q')).toBe('hạ long');
    expect(query.get('level')).toBe('GRASSROOTS');
    expect(query.get('active')).toBe('false');
    expect(query.get('page')).toBe('2');
    expect(query.get('sort')).toBe('name,desc');
    expect(screen.getByRole('searchbox', { name: 'Tìm theo mã hoặc tên (không dấu cũng được)' })).toHaveValue(
      'hạ long',
    );
  });

  it('shows the tree under the organisation chosen in the table', async () => {
    const { user, requests } = setup();
    await findInTable('Đảng bộ tỉnh Quảng Ninh');

    await user.click(within(tableBody()).getByText('Đảng bộ tỉnh Quảng Ninh'));

    const orgTreeElement = await screen.findByRole('tree');
    expect(await within(orgTreeElement).findByText('Đảng bộ thành phố Hạ Long')).toBeInTheDocument();
    expect(requests.some((r) => r.path === '/api/v1/party-organizations/10/tree')).toBe(true);
  });

  it.each<Role>(['viewer', 'inspector', 'integration'])('offers no create or edit to %s', async (role) => {
    setup([role]);
    await findInTable('Chi bộ khu phố 1');

    expect(screen.queryByRole('button', { name: /Thêm tổ chức đảng/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Sửa/ })).not.toBeInTheDocument();
  });

  it.each<Role>(['admin', 'officer'])('offers create and edit to %s', async (role) => {
    setup([role]);
    await findInTable('Chi bộ khu phố 1');

    expect(screen.getByRole('button', { name: /Thêm tổ chức đảng/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Sửa Chi bộ khu phố 1' })).toBeInTheDocument();
  });
});

describe('party organisation form', () => {
  it('sends the version it read and shows the server’s field errors at the field', async () => {
    const { user, requests } = setup(['admin'], {
      'PUT /api/v1/party-organizations/:id': () => ({
        status: 400,
        body: {
          status: 400,
          title: 'Bad Request',
          code: 'validation.failed',
          errors: [{ field: 'update.request.secretaryName', message: 'quá dài' }],
        },
      }),
    });
    await findInTable('Chi bộ khu phố 1');
    await user.click(screen.getByRole('button', { name: 'Sửa Chi bộ khu phố 1' }));
    await screen.findByText('Sửa tổ chức đảng: Chi bộ khu phố 1');
    const drawer = screen.getByRole('dialog');
    const secretary = await within(drawer).findByLabelText('Bí thư');
    await user.type(secretary, 'Trần Thị B');
    await user.click(screen.getByRole('button', { name: 'Lưu' }));

    const item = secretary.closest('.ant-form-item') as HTMLElement;
    expect(await within(item).findByText('quá dài')).toBeInTheDocument();
    expect(requests.find((r) => r.method === 'PUT')!.body).toMatchObject({
      code: 'CB1',
      level: 'BELOW_GRASSROOTS',
      form: 'CELL',
      unitId: 3,
      secretaryName: 'Trần Thị B',
      active: true,
      version: 0,
    });
  });

  it('creates an organisation under the one chosen in the table, one level down and in its unit', async () => {
    const { user, requests } = setup(['officer'], {
      'POST /api/v1/party-organizations': () => ({
        status: 201,
        body: organization({ id: 20, code: 'DB-MOI', name: 'Đảng bộ mới', level: 'DIRECTLY_SUBORDINATE' }),
      }),
    });
    await findInTable('Đảng bộ tỉnh Quảng Ninh');
    await user.click(within(tableBody()).getByText('Đảng bộ tỉnh Quảng Ninh'));
    await user.click(screen.getByRole('button', { name: /Thêm tổ chức đảng/ }));
    await screen.findByText('Thêm tổ chức đảng mới');
    const drawer = screen.getByRole('dialog');

    await user.type(within(drawer).getByLabelText('Mã tổ chức'), ' DB-MOI ');
    await user.type(within(drawer).getByLabelText('Tên tổ chức'), 'Đảng bộ mới');
    await user.click(within(drawer).getByRole('combobox', { name: 'Hình thức' }));
    await user.click(await screen.findByTitle('Đảng bộ'));
    await user.click(screen.getByRole('button', { name: 'Lưu' }));

    await waitFor(() => expect(requests.some((r) => r.method === 'POST')).toBe(true));
    expect(requests.find((r) => r.method === 'POST')!.body).toEqual({
      code: 'DB-MOI',
      name: 'Đảng bộ mới',
      level: 'DIRECTLY_SUBORDINATE',
      form: 'COMMITTEE',
      unitId: 1,
      parentId: 10,
      active: true,
    });
    expect(await screen.findByText('Đã thêm tổ chức đảng Đảng bộ mới')).toBeInTheDocument();
  });
});
