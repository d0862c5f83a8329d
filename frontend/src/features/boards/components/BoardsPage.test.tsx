import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { UnitOption } from '@/components/unitTree';
import type { Role } from '@/lib/auth';
import { adminMe, page } from '@/testing/fixtures';
import { mockApi } from '@/testing/mockApi';
import { renderWithApp } from '@/testing/render';
import { findInTable, findRow, requestsTo } from '@/testing/table';
import type { Board } from '../api';
import { BoardsPage } from './BoardsPage';

const commune = { id: 3, code: '06694', name: 'Phường Bạch Đằng', type: 'COMMUNE' as const };

const units: UnitOption = {
  id: 1,
  code: '22',
  name: 'Tỉnh Quảng Ninh',
  type: 'PROVINCE',
  active: true,
  validFrom: null,
  validTo: null,
  children: [{ ...commune, active: true, validFrom: null, validTo: null, children: [] }],
};

const board: Board = {
  id: 4,
  unit: commune,
  kind: 'PEOPLES_INSPECTION',
  name: 'Ban Thanh tra nhân dân phường Bạch Đằng',
  termFrom: '2025-07-01',
  termTo: null,
  electedAt: 'Hội nghị đại biểu Nhân dân phường',
  serving: 7,
  version: 0,
  createdAt: '2025-07-01T00:00:00Z',
  updatedAt: '2025-07-01T00:00:00Z',
  allowedActions: ['update', 'add-member', 'record-activity'],
};

function setup(roles: Role[] = ['admin']) {
  const api = mockApi({
    'GET /api/v1/me': () => ({ body: { ...adminMe, roles } }),
    'GET /api/v1/units/:id/tree': () => ({ body: units }),
    'GET /api/v1/boards': () => ({ body: page([board]) }),
  });
  const user = userEvent.setup();
  renderWithApp(<BoardsPage />, { roles, fetch: api.fetch });
  return { ...api, user };
}

describe('BoardsPage', () => {
  it('lists the boards with their kind, term and serving members', async () => {
    setup();

    const row = await findRow('Ban Thanh tra nhân dân phường Bạch Đằng');
    expect(row).toHaveTextContent('Ban Thanh tra nhân dân');
    expect(row).toHaveTextContent('01/07/2025 – nay');
    expect(row).toHaveTextContent('7');
  });

  it('filters by kind', async () => {
    const { user, requests } = setup();
    await findInTable('Ban Thanh tra nhân dân phường Bạch Đằng');

    await user.click(screen.getByRole('combobox', { name: 'Loại ban' }));
    await user.click(await screen.findByTitle('Ủy ban Mặt trận Tổ quốc'));

    await waitFor(() =>
      expect(requestsTo(requests, '/api/v1/boards').at(-1)!.query.get('kind')).toBe('FATHERLAND_FRONT'),
    );
  });

  it('offers a viewer no button that writes', async () => {
    setup(['viewer']);
    await findInTable('Ban Thanh tra nhân dân phường Bạch Đằng');

    expect(screen.queryByRole('button', { name: /^(Thêm|Sửa)/ })).not.toBeInTheDocument();
  });
});
