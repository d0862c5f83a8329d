import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Role } from '@/lib/auth';
import { adminMe, page, tree } from '@/testing/fixtures';
import { mockApi } from '@/testing/mockApi';
import { renderWithApp } from '@/testing/render';
import { findInTable, findRow, requestsTo } from '@/testing/table';
import type { ModelPractice } from '../api';
import { ModelPracticesPage } from './ModelPracticesPage';

type Handlers = Parameters<typeof mockApi>[0];

const bachDang = { id: 3, code: '06694', name: 'Phường Bạch Đằng', type: 'COMMUNE' as const };
const mongCai = { id: 4, code: '194', name: 'Thành phố Móng Cái', type: 'DISTRICT' as const };
const vanDon = { id: 99, code: '205', name: 'Huyện Vân Đồn', type: 'DISTRICT' as const };

const skilfulMobilisation: ModelPractice = {
  allowedActions: [],
  id: 1,
  unit: { id: 2, code: '193', name: 'Thành phố Hạ Long', type: 'DISTRICT' },
  year: 2025,
  name: 'Dân vận khéo trong giải phóng mặt bằng',
  description: 'Đối thoại với từng hộ dân trước khi thu hồi đất.',
  replicatedIn: [bachDang, mongCai, vanDon],
  version: 5,
};

function setup(roles: Role[] = ['admin'], extra: Handlers = {}) {
  const api = mockApi({
    'GET /api/v1/me': () => ({ body: { ...adminMe, roles } }),
    'GET /api/v1/units/:id/tree': () => ({ body: tree }),
    'GET /api/v1/model-practices/:id': () => ({ body: skilfulMobilisation }),
    'GET /api/v1/model-practices': () => ({ body: page([skilfulMobilisation]) }),
    ...extra,
  });
  const user = userEvent.setup();
  renderWithApp(<ModelPracticesPage currentYear={2025} />, { roles, fetch: api.fetch });
  return { ...api, user };
}

describe('ModelPracticesPage', () => {
  it('lists the practices with their unit and where they were replicated', async () => {
    const { requests } = setup();

    const row = await findRow('Dân vận khéo trong giải phóng mặt bằng');
    expect(row).toHaveTextContent('2025');
    expect(row).toHaveTextContent('Thành phố Hạ Long');
    for (const unit of [bachDang, mongCai, vanDon]) {
      expect(within(row).getByText(unit.name)).toBeInTheDocument();
    }
    expect(requestsTo(requests, '/api/v1/model-practices').at(-1)!.query.get('sort')).toBe('year,desc');
  });

  it.each<Role>(['viewer', 'inspector'])('offers %s no button that writes', async (role) => {
    setup([role]);
    await findInTable('Dân vận khéo trong giải phóng mặt bằng');

    expect(screen.queryByRole('button', { name: /^(Thêm|Sửa|Xóa)/ })).not.toBeInTheDocument();
  });

  it('records a practice replicated in units picked from the tree, its own unit not among them', async () => {
    const { user, requests } = setup(['officer'], {
      'POST /api/v1/model-practices': () => ({
        status: 201,
        body: { ...skilfulMobilisation, id: 2, name: 'Mô hình mới' },
      }),
    });
    await findInTable('Dân vận khéo trong giải phóng mặt bằng');
    await user.click(screen.getByRole('button', { name: /Thêm mô hình/ }));
    const drawer = await screen.findByRole('dialog');

    await user.type(within(drawer).getByLabelText('Tên mô hình'), 'Mô hình mới');
    await user.click(within(drawer).getByRole('combobox', { name: 'Nhân rộng tại' }));
    const ownUnit = await screen.findByTitle('Tỉnh Quảng Ninh (22)');
    expect(ownUnit.closest('.ant-select-tree-treenode')).toHaveClass('ant-select-tree-treenode-disabled');
    await user.click(screen.getByTitle('Thành phố Móng Cái (194)'));
    await user.click(screen.getByTitle('Thành phố Hạ Long (193)'));
    await user.click(screen.getByRole('button', { name: 'Lưu' }));

    await waitFor(() => expect(requestsTo(requests, '/api/v1/model-practices', 'POST')).toHaveLength(1));
    expect(requestsTo(requests, '/api/v1/model-practices', 'POST')[0].body).toEqual({
      unitId: 1,
      year: 2025,
      name: 'Mô hình mới',
      replicatedIn: [4, 2],
    });
  });

  it('keeps a replicating unit outside the caller’s scope, shown by name, when editing', async () => {
    const { user, requests } = setup(['admin'], {
      'PUT /api/v1/model-practices/:id': (request) => ({
        body: { ...skilfulMobilisation, ...(request.body as object) },
      }),
    });
    await findInTable('Dân vận khéo trong giải phóng mặt bằng');
    await user.click(screen.getByRole('button', { name: 'Sửa Dân vận khéo trong giải phóng mặt bằng' }));
    const drawer = await screen.findByRole('dialog');
    await within(drawer).findByDisplayValue('Dân vận khéo trong giải phóng mặt bằng');

    const replicated = within(drawer)
      .getByRole('combobox', { name: 'Nhân rộng tại' })
      .closest('.ant-select') as HTMLElement;
    expect(within(replicated).getByText('Huyện Vân Đồn')).toBeInTheDocument();
    expect(within(replicated).getByText('Phường Bạch Đằng')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Lưu' }));

    await waitFor(() => expect(requestsTo(requests, '/api/v1/model-practices/1', 'PUT')).toHaveLength(1));
    expect(requestsTo(requests, '/api/v1/model-practices/1', 'PUT')[0].body).toMatchObject({
      unitId: 2,
      replicatedIn: [3, 4, 99],
      version: 5,
    });
  });
});
