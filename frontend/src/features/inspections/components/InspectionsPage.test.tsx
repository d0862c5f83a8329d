import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { NAV_ITEMS } from '@/app/navigation';
import type { Role } from '@/lib/auth';
import { adminMe, page } from '@/testing/fixtures';
import { mockApi, type RecordedRequest } from '@/testing/mockApi';
import { renderWithApp } from '@/testing/render';
import type { Inspection, InspectionSummary } from '../api';
import { InspectionsPage } from './InspectionsPage';

const themed: Inspection = {
  id: 1,
  kind: 'INSPECTION',
  form: 'THEMATIC',
  subject: { type: 'ORGANIZATION', organization: { id: 11, code: 'DB193', name: 'Đảng bộ thành phố Hạ Long' } },
  conductingOrganization: { id: 10, code: 'DB22', name: 'Đảng bộ tỉnh Quảng Ninh' },
  planYear: 2025,
  topic: 'Thực hiện quy chế dân chủ ở cơ sở',
  status: 'CONCLUDED',
  version: 2,
};
const supervision: Inspection = {
  id: 2,
  kind: 'SUPERVISION',
  form: 'REGULAR',
  subject: { type: 'ORGANIZATION', organization: { id: 12, code: 'CB1', name: 'Chi bộ khu phố 1' } },
  conductingOrganization: { id: 11, code: 'DB193', name: 'Đảng bộ thành phố Hạ Long' },
  planYear: 2025,
  topic: 'Sinh hoạt chi bộ',
  status: 'PLANNED',
  version: 0,
};
const summary: InspectionSummary = {
  organizationsInspected: 7,
  membersInspected: 13,
  organizationsSupervised: 21,
  membersSupervised: 34,
  violationsFound: 1,
};

function setup(roles: Role[] = ['inspector']) {
  const api = mockApi({
    'GET /api/v1/me': () => ({ body: { ...adminMe, roles } }),
    'GET /api/v1/inspections/summary': () => ({ body: summary }),
    'GET /api/v1/inspections': (request) => {
      const status = request.query.get('status');
      const all = [themed, supervision];
      return { body: page(status ? all.filter((i) => i.status === status) : all) };
    },
  });
  const user = userEvent.setup();
  renderWithApp(<InspectionsPage currentYear={2025} />, { roles, fetch: api.fetch });
  return { ...api, user };
}

function requestsTo(requests: RecordedRequest[], path: string) {
  return requests.filter((r) => r.method === 'GET' && r.path === path);
}

function tableBody() {
  return document.querySelector('.ant-table-tbody') as HTMLElement;
}

function findInTable(text: string) {
  return waitFor(() => within(tableBody()).getByText(text));
}

describe('InspectionsPage', () => {
  it('lists the year’s inspections and supervisions in Vietnamese', async () => {
    const { requests } = setup();

    await findInTable('Thực hiện quy chế dân chủ ở cơ sở');
    const body = tableBody();
    expect(document.querySelectorAll('tbody tr.ant-table-row')).toHaveLength(2);
    expect(within(body).getByText('Kiểm tra')).toBeInTheDocument();
    expect(within(body).getByText('Giám sát')).toBeInTheDocument();
    expect(within(body).getByText('Chuyên đề')).toBeInTheDocument();
    expect(within(body).getByText('Thường xuyên')).toBeInTheDocument();
    expect(within(body).getByText('Đã kết luận')).toBeInTheDocument();
    expect(within(body).getByText('Kế hoạch')).toBeInTheDocument();
    expect(within(body).getByText('Chi bộ khu phố 1')).toBeInTheDocument();
    expect(within(body).getByText('Đảng bộ tỉnh Quảng Ninh')).toBeInTheDocument();
    expect(requestsTo(requests, '/api/v1/inspections').at(-1)!.query.get('year')).toBe('2025');
  });

  it('sums up the organisations and members inspected and supervised in the year', async () => {
    const { requests } = setup();

    expect(await screen.findByText('Kết quả năm 2025')).toBeInTheDocument();
    await screen.findByText('Tổ chức đảng được kiểm tra');
    const card = screen.getByText('Kết quả năm 2025').closest('.ant-card') as HTMLElement;
    for (const [label, value] of [
      ['Tổ chức đảng được kiểm tra', '7'],
      ['Đảng viên được kiểm tra', '13'],
      ['Tổ chức đảng được giám sát', '21'],
      ['Đảng viên được giám sát', '34'],
    ]) {
      const statistic = within(card).getByText(label).closest('.ant-statistic') as HTMLElement;
      expect(statistic).toHaveTextContent(value);
    }
    expect(requestsTo(requests, '/api/v1/inspections/summary').at(-1)!.query.get('year')).toBe('2025');
  });

  it('filters by status on the server', async () => {
    const { user, requests } = setup();
    await findInTable('Sinh hoạt chi bộ');

    await user.click(screen.getByRole('combobox', { name: 'Trạng thái' }));
    await user.click(await screen.findByTitle('Kế hoạch'));

    await waitFor(() => expect(requestsTo(requests, '/api/v1/inspections').at(-1)!.query.get('status')).toBe('PLANNED'));
    await waitFor(() => expect(document.querySelectorAll('tbody tr.ant-table-row')).toHaveLength(1));
  });

  it.each<Role>(['admin', 'inspector', 'viewer'])('is read-only for %s: no buttons that write', async (role) => {
    setup([role]);
    await findInTable('Sinh hoạt chi bộ');

    expect(screen.queryByRole('button', { name: /^(Thêm|Sửa|Xóa)/ })).not.toBeInTheDocument();
  });

  it('is in the navigation for admins, inspectors and viewers only', () => {
    const item = NAV_ITEMS.find((entry) => entry.path === '/inspections');
    expect(item?.roles).toEqual(['admin', 'inspector', 'viewer']);
  });
});
