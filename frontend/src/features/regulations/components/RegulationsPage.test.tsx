import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Role } from '@/lib/auth';
import { adminMe, page } from '@/testing/fixtures';
import { mockApi, type RecordedRequest } from '@/testing/mockApi';
import { renderWithApp } from '@/testing/render';
import type { Regulation, RegulationCoverage } from '../api';
import { RegulationsPage } from './RegulationsPage';

const bachDangRegulation: Regulation = {
  allowedActions: [],
  id: 1,
  unit: { id: 3, code: '06694', name: 'Phường Bạch Đằng', type: 'COMMUNE' },
  kind: 'REGULATION',
  number: '12/QC-UBND',
  title: 'Quy chế thực hiện dân chủ ở phường',
  issueDate: '2024-03-10',
  status: 'ISSUED',
  inForce: true,
  replacesId: null,
  consultationId: null,
  version: 1,
  createdAt: '2025-01-01T00:00:00Z',
  updatedAt: '2025-01-01T00:00:00Z',
};
const villageConvention: Regulation = {
  allowedActions: [],
  id: 2,
  unit: { id: 5, code: 'T1', name: 'Thôn Đồng Tâm', type: 'VILLAGE' },
  kind: 'CONVENTION',
  number: null,
  title: 'Hương ước thôn Đồng Tâm',
  issueDate: null,
  status: 'IN_CONSULTATION',
  inForce: false,
  replacesId: null,
  consultationId: null,
  version: 0,
  createdAt: '2025-01-01T00:00:00Z',
  updatedAt: '2025-01-01T00:00:00Z',
};
const coverage: RegulationCoverage = {
  unit: { id: 1, code: '22', name: 'Tỉnh Quảng Ninh', type: 'PROVINCE' },
  requiredUnits: 8,
  unitsWithRegulation: 6,
  share: 0.75,
  missing: [{ id: 5, code: 'T1', name: 'Thôn Đồng Tâm', type: 'VILLAGE' }],
  missingTotal: 2,
};

function setup(roles: Role[] = ['admin']) {
  const all = [bachDangRegulation, villageConvention];
  const api = mockApi({
    'GET /api/v1/me': () => ({ body: { ...adminMe, roles } }),
    'GET /api/v1/regulations/coverage': () => ({ body: coverage }),
    'GET /api/v1/regulations': (request) => {
      const kind = request.query.get('kind');
      return { body: page(kind ? all.filter((r) => r.kind === kind) : all) };
    },
  });
  const user = userEvent.setup();
  renderWithApp(<RegulationsPage />, { roles, fetch: api.fetch });
  return { ...api, user };
}

function lastListRequest(requests: RecordedRequest[]) {
  return requests.filter((r) => r.method === 'GET' && r.path === '/api/v1/regulations').at(-1)!;
}

function tableBody() {
  return document.querySelector('.ant-table-tbody') as HTMLElement;
}

function findInTable(text: string) {
  return waitFor(() => within(tableBody()).getByText(text));
}

describe('RegulationsPage', () => {
  it('lists the regulations with unit, kind, number, date, status and force in Vietnamese', async () => {
    const { requests } = setup();

    await findInTable('Quy chế thực hiện dân chủ ở phường');
    const body = tableBody();
    expect(document.querySelectorAll('tbody tr.ant-table-row')).toHaveLength(2);
    expect(within(body).getByText('Phường Bạch Đằng')).toBeInTheDocument();
    expect(within(body).getByText('Quy chế')).toBeInTheDocument();
    expect(within(body).getByText('Hương ước, quy ước')).toBeInTheDocument();
    expect(within(body).getByText('12/QC-UBND')).toBeInTheDocument();
    expect(within(body).getByText('10/03/2024')).toBeInTheDocument();
    expect(within(body).getByText('Đã ban hành')).toBeInTheDocument();
    expect(within(body).getByText('Đang lấy ý kiến')).toBeInTheDocument();
    expect(within(body).getByText('Đang có hiệu lực')).toBeInTheDocument();
    expect(within(body).getByText('Không có hiệu lực')).toBeInTheDocument();
    expect(lastListRequest(requests).query.get('sort')).toBe('issueDate,desc');
  });

  it('shows the coverage as a percentage and the count of units lacking one', async () => {
    setup();

    expect(await screen.findByText('75%')).toBeInTheDocument();
    expect(screen.getByText('6 / 8 đơn vị')).toBeInTheDocument();
    expect(screen.getByText('Đơn vị còn thiếu')).toBeInTheDocument();
    expect(screen.getByText('2')).toBeInTheDocument();
    expect(screen.getByText('Thôn Đồng Tâm, …')).toBeInTheDocument();
  });

  it('filters by kind on the server', async () => {
    const { user, requests } = setup();
    await findInTable('Hương ước thôn Đồng Tâm');

    await user.click(screen.getByRole('combobox', { name: 'Loại văn bản' }));
    await user.click(await screen.findByTitle('Hương ước, quy ước'));

    await waitFor(() => expect(lastListRequest(requests).query.get('kind')).toBe('CONVENTION'));
    await waitFor(() => expect(document.querySelectorAll('tbody tr.ant-table-row')).toHaveLength(1));
  });

  it.each<Role>(['viewer', 'inspector'])('is read-only for %s: no buttons that write', async (role) => {
    setup([role]);
    await findInTable('Hương ước thôn Đồng Tâm');

    expect(screen.queryByRole('button', { name: /^(Thêm|Sửa|Xóa)/ })).not.toBeInTheDocument();
  });

  it.each<Role>(['admin', 'officer'])('offers %s a new draft', async (role) => {
    setup([role]);
    await findInTable('Hương ước thôn Đồng Tâm');

    expect(screen.getByRole('button', { name: /Thêm dự thảo/ })).toBeInTheDocument();
  });
});
