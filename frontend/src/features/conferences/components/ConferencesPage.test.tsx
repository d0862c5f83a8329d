import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { UnitOption } from '@/components/unitTree';
import type { Role } from '@/lib/auth';
import { adminMe, page } from '@/testing/fixtures';
import { mockApi } from '@/testing/mockApi';
import { renderWithApp } from '@/testing/render';
import { findInTable, findRow, requestsTo } from '@/testing/table';
import type { Conference } from '../api';
import { ConferencesPage } from './ConferencesPage';

type Handlers = Parameters<typeof mockApi>[0];

const agency = { id: 5, code: 'SNV', name: 'Sở Nội vụ', type: 'AGENCY' as const };
const enterprise = { id: 6, code: '5700100256', name: 'Công ty Than Hạ Long', type: 'ENTERPRISE' as const };
const school = { id: 7, code: 'THPT-HL', name: 'Trường THPT Hạ Long', type: 'PUBLIC_SERVICE_UNIT' as const };

/** What a tree node has beside the unit's reference. */
const current = { active: true, validFrom: null, validTo: null };

const units: UnitOption = {
  id: 1,
  code: '22',
  name: 'Tỉnh Quảng Ninh',
  type: 'PROVINCE',
  ...current,
  children: [
    { ...agency, ...current, children: [] },
    {
      id: 2,
      code: '193',
      name: 'Thành phố Hạ Long',
      type: 'DISTRICT',
      ...current,
      children: [
        { ...enterprise, ...current, children: [] },
        { ...school, ...current, children: [] },
      ],
    },
  ],
};

const staffConference: Conference = {
  allowedActions: [],
  householdsTotal: null,
  householdsRepresented: null,
  id: 1,
  unit: agency,
  kind: 'STAFF_CONFERENCE',
  date: '2025-01-25',
  title: 'Hội nghị cán bộ, công chức năm 2025',
  participants: 85,
  resolutions: 'Thông qua quy chế chi tiêu nội bộ.',
  quorate: true,
  items: [],
  rights: ['DISCUSS'],
  version: 1,
  createdAt: '2025-01-01T00:00:00Z',
  updatedAt: '2025-01-01T00:00:00Z',
};

function setup(roles: Role[] = ['admin'], extra: Handlers = {}) {
  const api = mockApi({
    'GET /api/v1/me': () => ({ body: { ...adminMe, roles } }),
    'GET /api/v1/units/:id/tree': () => ({ body: units }),
    'GET /api/v1/conferences/lagging-units': () => ({ body: page([enterprise, school]) }),
    'GET /api/v1/conferences': () => ({ body: page([staffConference]) }),
    ...extra,
  });
  const user = userEvent.setup();
  renderWithApp(<ConferencesPage currentYear={2025} />, { roles, fetch: api.fetch });
  return { ...api, user };
}

async function openCreate(user: ReturnType<typeof userEvent.setup>) {
  await findInTable('Hội nghị cán bộ, công chức năm 2025');
  await user.click(screen.getByRole('button', { name: /Thêm hội nghị, đối thoại/ }));
  return screen.findByRole('dialog');
}

/** Picks a unit by searching for it, tone marks left out, as a person would in a deep tree. */
async function chooseUnit(
  user: ReturnType<typeof userEvent.setup>,
  drawer: HTMLElement,
  search: string,
  title: string,
) {
  const combobox = within(drawer).getByRole('combobox', { name: 'Đơn vị tổ chức' });
  await user.click(combobox);
  await user.type(combobox, search);
  await user.click(await screen.findByTitle(title));
}

async function kindOptions(user: ReturnType<typeof userEvent.setup>, drawer: HTMLElement) {
  await user.click(within(drawer).getByRole('combobox', { name: 'Hình thức' }));
  const listbox = await screen.findByRole('listbox');
  const popup = listbox.closest('.ant-select-dropdown') as HTMLElement;
  return Array.from(popup.querySelectorAll('.ant-select-item-option')).map((option) => option.getAttribute('title'));
}

describe('ConferencesPage', () => {
  it('lists the year’s conferences and names the units that held none', async () => {
    const { requests } = setup();

    const row = await findRow('Hội nghị cán bộ, công chức năm 2025');
    expect(row).toHaveTextContent('25/01/2025');
    expect(row).toHaveTextContent('Hội nghị cán bộ, công chức, viên chức');
    expect(row).toHaveTextContent('Sở Nội vụ');
    expect(row).toHaveTextContent('Thông qua quy chế chi tiêu nội bộ.');
    const lagging = screen.getByText('Đơn vị chưa tổ chức năm 2025').closest('.ant-card') as HTMLElement;
    expect(await within(lagging).findByText('Công ty Than Hạ Long')).toBeInTheDocument();
    expect(within(lagging).getByText('Trường THPT Hạ Long')).toBeInTheDocument();
    expect(requestsTo(requests, '/api/v1/conferences').at(-1)!.query.get('year')).toBe('2025');
    expect(requestsTo(requests, '/api/v1/conferences/lagging-units').at(-1)!.query.get('year')).toBe('2025');
  });

  it('asks for the lagging units of the chosen year and unit', async () => {
    const { user, requests } = setup();
    await findInTable('Hội nghị cán bộ, công chức năm 2025');

    await user.click(screen.getByRole('combobox', { name: 'Năm' }));
    await user.click(await screen.findByTitle('Năm 2024'));
    await user.click(screen.getByRole('combobox', { name: 'Đơn vị' }));
    await user.click(await screen.findByTitle('Thành phố Hạ Long (193)'));

    await waitFor(() =>
      expect(requestsTo(requests, '/api/v1/conferences/lagging-units').at(-1)!.query.get('unitId')).toBe('2'),
    );
    expect(requestsTo(requests, '/api/v1/conferences/lagging-units').at(-1)!.query.get('year')).toBe('2024');
    expect(screen.getByText('Đơn vị chưa tổ chức năm 2024')).toBeInTheDocument();
  });

  it.each<Role>(['viewer', 'inspector'])('offers %s no button that writes', async (role) => {
    setup([role]);
    await findInTable('Hội nghị cán bộ, công chức năm 2025');

    expect(screen.queryByRole('button', { name: /^(Thêm|Sửa|Xóa)/ })).not.toBeInTheDocument();
  });
});

describe('conference form', () => {
  it('offers only the kinds an enterprise holds, and only units that hold conferences', async () => {
    const { user } = setup(['officer']);
    const drawer = await openCreate(user);

    await user.click(within(drawer).getByRole('combobox', { name: 'Đơn vị tổ chức' }));
    const district = await screen.findByTitle('Thành phố Hạ Long (193)');
    expect(district.closest('.ant-select-tree-treenode')).toHaveClass('ant-select-tree-treenode-disabled');
    await user.type(within(drawer).getByRole('combobox', { name: 'Đơn vị tổ chức' }), 'cong ty than');
    await user.click(await screen.findByTitle('Công ty Than Hạ Long (5700100256)'));

    expect(await kindOptions(user, drawer)).toEqual(['Hội nghị người lao động', 'Đối thoại tại nơi làm việc']);
  });

  it('records a staff conference for an agency, the only kind that fits chosen by itself', async () => {
    const { user, requests } = setup(['officer'], {
      'POST /api/v1/conferences': () => ({ status: 201, body: { ...staffConference, id: 2 } }),
    });
    const drawer = await openCreate(user);

    await chooseUnit(user, drawer, 'so noi vu', 'Sở Nội vụ (SNV)');
    await user.type(within(drawer).getByLabelText('Ngày tổ chức'), '20/01/2023{Enter}');
    await user.type(within(drawer).getByLabelText('Tên hội nghị'), 'Hội nghị CBCCVC 2023');
    await user.type(within(drawer).getByLabelText('Số người dự'), '90');
    await user.type(within(drawer).getByLabelText('Nghị quyết, kết quả'), 'Dòng một{Enter}Dòng hai');
    await user.click(screen.getByRole('button', { name: 'Lưu' }));

    await waitFor(() => expect(requestsTo(requests, '/api/v1/conferences', 'POST')).toHaveLength(1));
    expect(requestsTo(requests, '/api/v1/conferences', 'POST')[0].body).toEqual({
      unitId: 5,
      kind: 'STAFF_CONFERENCE',
      date: '2023-01-20',
      title: 'Hội nghị CBCCVC 2023',
      participants: 90,
      resolutions: 'Dòng một\nDòng hai',
    });
  });

  it('drops a kind that no longer fits when the unit changes', async () => {
    const { user } = setup(['officer']);
    const drawer = await openCreate(user);

    await chooseUnit(user, drawer, 'so noi vu', 'Sở Nội vụ (SNV)');
    const kind = within(drawer).getByRole('combobox', { name: 'Hình thức' }).closest('.ant-select') as HTMLElement;
    await waitFor(() => expect(kind).toHaveTextContent('Hội nghị cán bộ, công chức, viên chức'));
    await chooseUnit(user, drawer, 'than ha long', 'Công ty Than Hạ Long (5700100256)');

    await waitFor(() => expect(kind).not.toHaveTextContent('Hội nghị cán bộ, công chức, viên chức'));
  });
});
