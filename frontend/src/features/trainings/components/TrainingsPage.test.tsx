import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { NAV_ITEMS } from '@/app/navigation';
import type { Role } from '@/lib/auth';
import { adminMe, page, tree } from '@/testing/fixtures';
import { mockApi } from '@/testing/mockApi';
import { renderWithApp } from '@/testing/render';
import { findInTable, findRow, formItemOf, requestsTo, tableRows } from '@/testing/table';
import type { Training } from '../api';
import { TrainingsPage } from './TrainingsPage';

type Handlers = Parameters<typeof mockApi>[0];

function training(overrides: Partial<Training> & Pick<Training, 'id' | 'topic'>): Training {
  return {
    allowedActions: [],
    organizerUnit: { id: 2, code: '193', name: 'Thành phố Hạ Long', type: 'DISTRICT' },
    organizerPartyOrganization: null,
    date: '2025-05-14',
    audience: null,
    location: null,
    attendances: 0,
    version: 0,
    createdAt: '2025-01-01T00:00:00Z',
    updatedAt: '2025-01-01T00:00:00Z',
    ...overrides,
  };
}

const lawClass = training({
  id: 1,
  topic: 'Quán triệt Luật Thực hiện dân chủ ở cơ sở',
  audience: 'Cán bộ chủ chốt cấp xã',
  location: 'Trung tâm Chính trị thành phố Hạ Long',
  attendances: 1250,
  version: 2,
});
const wardClass = training({
  id: 2,
  topic: 'Kỹ năng đối thoại với Nhân dân',
  organizerUnit: { id: 3, code: '06694', name: 'Phường Bạch Đằng', type: 'COMMUNE' },
  date: '2025-09-02',
  attendances: 80,
});

function setup(roles: Role[] = ['admin'], extra: Handlers = {}) {
  const api = mockApi({
    'GET /api/v1/me': () => ({ body: { ...adminMe, roles } }),
    'GET /api/v1/units/:id/tree': () => ({ body: tree }),
    'GET /api/v1/trainings/summary': () => ({ body: { trainings: 2, attendances: 1330 } }),
    'GET /api/v1/trainings/:id': (request) => ({
      body: [lawClass, wardClass].find((t) => request.path.endsWith(`/${t.id}`)),
    }),
    'GET /api/v1/trainings': () => ({ body: page([wardClass, lawClass]) }),
    ...extra,
  });
  const user = userEvent.setup();
  renderWithApp(<TrainingsPage currentYear={2025} />, { roles, fetch: api.fetch });
  return { ...api, user };
}

describe('TrainingsPage', () => {
  it('lists the trainings newest first with their organiser and attendances, and the totals', async () => {
    const { requests } = setup();

    const row = await findRow('Quán triệt Luật Thực hiện dân chủ ở cơ sở');
    expect(tableRows()).toHaveLength(2);
    expect(row).toHaveTextContent('14/05/2025');
    expect(row).toHaveTextContent('Cán bộ chủ chốt cấp xã');
    expect(row).toHaveTextContent('Thành phố Hạ Long');
    expect(row).toHaveTextContent('1.250');
    const totals = screen.getByText('Số lượt người tham dự').closest('.ant-statistic') as HTMLElement;
    expect(totals).toHaveTextContent('1.330');
    expect(requestsTo(requests, '/api/v1/trainings').at(-1)!.query.get('sort')).toBe('date,desc');
  });

  it('filters the list and the totals alike by year and organiser', async () => {
    const { user, requests } = setup();
    await findInTable('Kỹ năng đối thoại với Nhân dân');

    await user.click(screen.getByRole('combobox', { name: 'Năm' }));
    await user.click(await screen.findByTitle('Năm 2024'));
    await user.click(screen.getByRole('combobox', { name: 'Đơn vị tổ chức' }));
    await user.click(await screen.findByTitle('Tỉnh Quảng Ninh (22)'));

    await waitFor(() => expect(requestsTo(requests, '/api/v1/trainings').at(-1)!.query.get('unitId')).toBe('1'));
    for (const path of ['/api/v1/trainings', '/api/v1/trainings/summary']) {
      const query = requestsTo(requests, path).at(-1)!.query;
      expect(query.get('year')).toBe('2024');
      expect(query.get('unitId')).toBe('1');
    }
    expect(screen.getByText('Tổng hợp năm 2024')).toBeInTheDocument();
  });

  it('searches on the server once the user pauses', async () => {
    const { user, requests } = setup();
    await findInTable('Kỹ năng đối thoại với Nhân dân');

    await user.type(screen.getByRole('searchbox'), 'doi thoai');

    await waitFor(() => expect(requestsTo(requests, '/api/v1/trainings').at(-1)!.query.get('q')).toBe('doi thoai'));
    expect(requestsTo(requests, '/api/v1/trainings/summary').at(-1)!.query.get('q')).toBe('doi thoai');
  });

  it.each<Role>(['viewer', 'inspector'])('offers %s no button that writes', async (role) => {
    setup([role]);
    await findInTable('Kỹ năng đối thoại với Nhân dân');

    expect(screen.queryByRole('button', { name: /^(Thêm|Sửa|Xóa)/ })).not.toBeInTheDocument();
  });

  it('deletes a training recorded by mistake after asking, and refreshes the list and totals', async () => {
    const { user, requests } = setup(['officer'], { 'DELETE /api/v1/trainings/:id': () => ({ status: 204 }) });
    await findInTable('Kỹ năng đối thoại với Nhân dân');
    const listCalls = requestsTo(requests, '/api/v1/trainings').length;

    await user.click(screen.getByRole('button', { name: 'Xóa Kỹ năng đối thoại với Nhân dân' }));
    await screen.findByText('Xóa lớp tập huấn “Kỹ năng đối thoại với Nhân dân”?');
    await user.click(screen.getByRole('button', { name: 'Xóa' }));

    expect(await screen.findByText('Đã xóa lớp tập huấn Kỹ năng đối thoại với Nhân dân')).toBeInTheDocument();
    expect(requestsTo(requests, '/api/v1/trainings/2', 'DELETE')).toHaveLength(1);
    await waitFor(() => expect(requestsTo(requests, '/api/v1/trainings').length).toBeGreaterThan(listCalls));
  });

  it('is in the navigation for every signed-in user', () => {
    expect(NAV_ITEMS.find((entry) => entry.path === '/trainings')?.roles).toEqual([]);
  });
});

describe('training form', () => {
  it('records a training organised by the caller’s unit by default', async () => {
    const { user, requests } = setup(['officer'], {
      'POST /api/v1/trainings': (request) => ({
        status: 201,
        body: training({ id: 9, ...(request.body as object), topic: 'Tập huấn mới' }),
      }),
    });
    await findInTable('Kỹ năng đối thoại với Nhân dân');
    await user.click(screen.getByRole('button', { name: /Thêm lớp tập huấn/ }));
    const drawer = await screen.findByRole('dialog');

    await user.type(within(drawer).getByLabelText('Ngày tổ chức'), '14/05/2023{Enter}');
    await user.type(within(drawer).getByLabelText('Chủ đề'), '  Tập huấn mới ');
    await user.type(within(drawer).getByLabelText('Số lượt người tham dự'), '120');
    await user.click(screen.getByRole('button', { name: 'Lưu' }));

    await waitFor(() => expect(requestsTo(requests, '/api/v1/trainings', 'POST')).toHaveLength(1));
    expect(requestsTo(requests, '/api/v1/trainings', 'POST')[0].body).toEqual({
      organizerUnitId: 1,
      date: '2023-05-14',
      topic: 'Tập huấn mới',
      attendances: 120,
    });
    expect(await screen.findByText('Đã thêm lớp tập huấn Tập huấn mới')).toBeInTheDocument();
  });

  it('proposes the caller’s unit as organiser even when their unit tree arrives after the form opened', async () => {
    let releaseTree: () => void = () => {};
    const treeArrives = new Promise<void>((resolve) => {
      releaseTree = resolve;
    });
    const { user } = setup(['officer'], {
      'GET /api/v1/units/:id/tree': async () => {
        await treeArrives;
        return { body: tree };
      },
    });
    await findInTable('Kỹ năng đối thoại với Nhân dân');
    await user.click(screen.getByRole('button', { name: /Thêm lớp tập huấn/ }));
    const drawer = await screen.findByRole('dialog');
    const organizer = formItemOf(within(drawer).getByRole('combobox', { name: 'Đơn vị tổ chức' }));
    expect(organizer).not.toHaveTextContent('Tỉnh Quảng Ninh');

    releaseTree();

    await waitFor(() => expect(organizer).toHaveTextContent('Tỉnh Quảng Ninh'));
  });

  it('shows the server’s message at the field it concerns', async () => {
    const { user } = setup(['admin'], {
      'PUT /api/v1/trainings/:id': () => ({
        status: 400,
        body: {
          status: 400,
          title: 'Bad Request',
          code: 'validation.failed',
          errors: [{ field: 'update.request.attendances', message: 'phải nhỏ hơn hoặc bằng 100000' }],
        },
      }),
    });
    await findInTable('Kỹ năng đối thoại với Nhân dân');
    await user.click(screen.getByRole('button', { name: 'Sửa Kỹ năng đối thoại với Nhân dân' }));
    const drawer = await screen.findByRole('dialog');
    const attendances = await within(drawer).findByLabelText('Số lượt người tham dự');
    expect(attendances).toHaveValue('80');

    await user.click(screen.getByRole('button', { name: 'Lưu' }));

    expect(await within(formItemOf(attendances)).findByText('phải nhỏ hơn hoặc bằng 100000')).toBeInTheDocument();
  });

  it('sends the version it read and offers to reload when someone else changed the training', async () => {
    let version = 2;
    const { user, requests } = setup(['admin'], {
      'GET /api/v1/trainings/:id': () => ({ body: { ...lawClass, version, attendances: version === 2 ? 1250 : 1300 } }),
      'PUT /api/v1/trainings/:id': () => ({
        status: 409,
        body: { status: 409, title: 'Conflict', code: 'version.stale', detail: 'stale' },
      }),
    });
    await findInTable('Quán triệt Luật Thực hiện dân chủ ở cơ sở');
    await user.click(screen.getByRole('button', { name: 'Sửa Quán triệt Luật Thực hiện dân chủ ở cơ sở' }));
    const drawer = await screen.findByRole('dialog');
    const topic = await within(drawer).findByLabelText('Chủ đề');
    version = 3;
    await user.type(topic, ' (bổ sung)');
    await user.click(screen.getByRole('button', { name: 'Lưu' }));

    const alert = await within(drawer).findByRole('alert');
    expect(alert).toHaveTextContent('Người khác vừa thay đổi lớp tập huấn này');
    expect(requestsTo(requests, '/api/v1/trainings/1', 'PUT')[0].body).toMatchObject({
      topic: 'Quán triệt Luật Thực hiện dân chủ ở cơ sở (bổ sung)',
      version: 2,
    });

    await user.click(within(alert).getByRole('button', { name: 'Tải bản mới nhất' }));
    await waitFor(() => expect(within(drawer).getByLabelText('Số lượt người tham dự')).toHaveValue('1300'));
    expect(within(drawer).queryByRole('alert')).not.toBeInTheDocument();
  });
});
