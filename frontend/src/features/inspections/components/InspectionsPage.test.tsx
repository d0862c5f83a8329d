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
  allowedActions: [],
  leadFeedback: null,
  id: 1,
  kind: 'INSPECTION',
  form: 'THEMATIC',
  subject: {
    type: 'ORGANIZATION',
    organization: { id: 11, code: 'DB193', name: 'Đảng bộ thành phố Hạ Long' },
    member: null,
  },
  unit: { id: 2, code: '193', name: 'Thành phố Hạ Long', type: 'DISTRICT' },
  conductingOrganization: { id: 10, code: 'DB22', name: 'Đảng bộ tỉnh Quảng Ninh' },
  conductingBody: 'INSPECTION_COMMISSION',
  originSupervisionId: null,
  planYear: 2025,
  plannedStart: null,
  plannedEnd: null,
  actualStart: null,
  actualEnd: null,
  topic: 'Thực hiện quy chế dân chủ ở cơ sở',
  teamMembers: [],
  status: 'CONCLUDED',
  cancelReason: null,
  hasConclusion: true,
  overdueSince: '2025-06-30',
  version: 2,
  createdAt: '2025-01-01T00:00:00Z',
  updatedAt: '2025-01-01T00:00:00Z',
};
const supervision: Inspection = {
  allowedActions: [],
  leadFeedback: null,
  id: 2,
  kind: 'SUPERVISION',
  form: 'REGULAR',
  subject: { type: 'ORGANIZATION', organization: { id: 12, code: 'CB1', name: 'Chi bộ khu phố 1' }, member: null },
  unit: { id: 3, code: '06694', name: 'Phường Bạch Đằng', type: 'COMMUNE' },
  conductingOrganization: { id: 11, code: 'DB193', name: 'Đảng bộ thành phố Hạ Long' },
  conductingBody: 'EXECUTIVE_COMMITTEE',
  originSupervisionId: null,
  planYear: 2025,
  plannedStart: null,
  plannedEnd: null,
  actualStart: null,
  actualEnd: null,
  topic: 'Sinh hoạt chi bộ',
  teamMembers: [],
  status: 'PLANNED',
  cancelReason: null,
  hasConclusion: false,
  overdueSince: null,
  version: 0,
  createdAt: '2025-01-01T00:00:00Z',
  updatedAt: '2025-01-01T00:00:00Z',
};
const summary: InspectionSummary = {
  unit: { id: 1, code: '22', name: 'Tỉnh Quảng Ninh', type: 'PROVINCE' },
  from: '2025-01-01',
  to: '2025-12-31',
  disciplinaryActions: {},
  organizationsInspected: 7,
  membersInspected: 13,
  organizationsSupervised: 21,
  membersSupervised: 34,
  violationsFound: 1,
};

type Handlers = Parameters<typeof mockApi>[0];

const organizations = [
  { id: 11, code: 'DB193', name: 'Đảng bộ thành phố Hạ Long' },
  { id: 12, code: 'DB06694', name: 'Đảng bộ phường Bạch Đằng' },
];

function setup(roles: Role[] = ['inspector'], extra: Handlers = {}, route = '/inspections') {
  const api = mockApi({
    'GET /api/v1/me': () => ({ body: { ...adminMe, roles } }),
    'GET /api/v1/party-organizations': (request) => {
      const q = request.query.get('q');
      return { body: page(q ? organizations.filter((o) => o.code.includes(q)) : organizations) };
    },
    'GET /api/v1/inspections/summary': () => ({ body: summary }),
    'GET /api/v1/inspections': (request) => {
      const status = request.query.get('status');
      const all = [themed, supervision];
      return { body: page(status ? all.filter((i) => i.status === status) : all) };
    },
    ...extra,
  });
  const user = userEvent.setup();
  renderWithApp(<InspectionsPage currentYear={2025} />, { roles, fetch: api.fetch, route });
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
  it('shows since when an inspection has an overdue recommendation, closed ones too', async () => {
    setup();
    await findInTable('Quá hạn từ 30/06/2025');
    expect(screen.getByRole('columnheader', { name: 'Kiến nghị quá hạn' })).toBeInTheDocument();
    expect(screen.getAllByTestId('inspection-overdue')).toHaveLength(1);
  });

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

    await waitFor(() =>
      expect(requestsTo(requests, '/api/v1/inspections').at(-1)!.query.get('status')).toBe('PLANNED'),
    );
    await waitFor(() => expect(document.querySelectorAll('tbody tr.ant-table-row')).toHaveLength(1));
  });

  it.each<Role>(['admin', 'inspector'])('offers %s to plan one', async (role) => {
    setup([role]);
    await findInTable('Sinh hoạt chi bộ');
    expect(screen.getByRole('button', { name: /Lập kế hoạch/ })).toBeInTheDocument();
  });

  it('opens on the year, filters and view a copied link names, and leaves the current year out of it', async () => {
    const { requests } = setup(['inspector'], {}, '/inspections?year=2023&kind=SUPERVISION&view=timeline&page=2');

    await waitFor(() => expect(requestsTo(requests, '/api/v1/inspections').length).toBeGreaterThan(0));
    const query = requestsTo(requests, '/api/v1/inspections').at(-1)!.query;
    expect(query.get('year')).toBe('2023');
    expect(query.get('kind')).toBe('SUPERVISION');
    expect(query.get('page')).toBe('1');
    // The timeline reads from left to right, whatever the table's sort.
    expect(query.get('sort')).toBe('plannedStart,asc');
    expect(screen.getByTitle('Năm 2023')).toBeInTheDocument();
  });

  it('starts on the current year when the link names none', async () => {
    const { requests } = setup();
    await findInTable('Thực hiện quy chế dân chủ ở cơ sở');
    expect(requestsTo(requests, '/api/v1/inspections').at(-1)!.query.get('year')).toBe('2025');
  });

  it('is read-only for a viewer', async () => {
    setup(['viewer']);
    await findInTable('Sinh hoạt chi bộ');
    expect(screen.queryByRole('button', { name: /Lập kế hoạch|Thêm|Sửa|Xóa/ })).not.toBeInTheDocument();
  });

  it('links each inspection to its page', async () => {
    setup();
    await findInTable('Sinh hoạt chi bộ');
    expect(within(tableBody()).getByRole('link', { name: 'Sinh hoạt chi bộ' })).toHaveAttribute(
      'href',
      '/inspections/2',
    );
  });

  it('shows the plan as a timeline of planned and actual periods, earliest first', async () => {
    const { user, requests } = setup(['viewer'], {
      'GET /api/v1/inspections': () => ({
        body: page([
          {
            ...themed,
            plannedStart: '2025-03-01',
            plannedEnd: '2025-03-31',
            actualStart: '2025-03-05',
            actualEnd: '2025-03-20',
          },
          supervision,
        ]),
      }),
    });
    await findInTable('Sinh hoạt chi bộ');

    await user.click(screen.getByText('Dòng thời gian'));

    const timeline = await screen.findByTestId('plan-timeline');
    expect(within(timeline).getByRole('link', { name: 'Thực hiện quy chế dân chủ ở cơ sở' })).toHaveAttribute(
      'href',
      '/inspections/1',
    );
    expect(within(timeline).getByLabelText('Dự kiến: 01/03/2025 – 31/03/2025')).toBeInTheDocument();
    expect(within(timeline).getByLabelText('Thực tế: 05/03/2025 – 20/03/2025')).toBeInTheDocument();
    expect(within(timeline).getByText('Chưa có ngày')).toBeInTheDocument();
    expect(
      requests
        .filter((r) => r.path === '/api/v1/inspections')
        .at(-1)!
        .query.get('sort'),
    ).toBe('plannedStart,asc');
  });

  it('is in the navigation for admins, inspectors and viewers only', () => {
    const item = NAV_ITEMS.find((entry) => entry.path === '/inspections');
    expect(item?.roles).toEqual(['admin', 'inspector', 'viewer']);
  });
});

/** Clicks an option of the open Select (closed ones keep theirs in the DOM, hidden). */
async function pickOption(user: ReturnType<typeof userEvent.setup>, title: string) {
  const option = await waitFor(() => {
    const found = document.querySelector(
      `.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option[title="${title}"]`,
    );
    expect(found).not.toBeNull();
    return found as HTMLElement;
  });
  await user.click(option);
}

describe('plan form', () => {
  async function openForm() {
    const context = setup(['inspector'], {
      'POST /api/v1/inspections': (request) => ({
        status: 201,
        body: { ...supervision, id: 30, ...(request.body as object), topic: 'Việc thực hiện dân chủ ở cơ sở' },
      }),
    });
    await findInTable('Sinh hoạt chi bộ');
    await context.user.click(screen.getByRole('button', { name: /Lập kế hoạch/ }));
    const drawer = await screen.findByRole('dialog');
    return { ...context, drawer };
  }

  async function formOptions(user: ReturnType<typeof userEvent.setup>, drawer: HTMLElement) {
    await user.click(within(drawer).getByRole('combobox', { name: 'Hình thức' }));
    await waitFor(() =>
      expect(document.querySelector('.ant-select-dropdown:not(.ant-select-dropdown-hidden)')).not.toBeNull(),
    );
    const dropdown = document.querySelector('.ant-select-dropdown:not(.ant-select-dropdown-hidden)') as HTMLElement;
    return [...dropdown.querySelectorAll('.ant-select-item-option')].map((o) => o.getAttribute('title'));
  }

  it('offers only the forms of the chosen kind and keeps the form legal when the kind changes', async () => {
    const { user, drawer } = await openForm();

    expect(await formOptions(user, drawer)).toEqual(['Chuyên đề', 'Khi có dấu hiệu vi phạm']);
    await user.click(within(drawer).getByRole('radio', { name: 'Giám sát' }));
    expect(await formOptions(user, drawer)).toEqual(['Thường xuyên', 'Chuyên đề']);
    await user.click(await screen.findByTitle('Thường xuyên'));
    await user.click(within(drawer).getByRole('radio', { name: 'Kiểm tra' }));
    // A regular inspection does not exist: the form falls back to the first the kind allows.
    await waitFor(() =>
      expect(within(drawer).getByRole('combobox', { name: 'Hình thức' }).closest('.ant-select')).toHaveTextContent(
        'Chuyên đề',
      ),
    );
  });

  it('plans with the default topic, the year shown and the chosen subject and conductor', async () => {
    const { user, drawer, requests } = await openForm();

    expect(within(drawer).getByLabelText('Nội dung')).toHaveValue('Việc thực hiện dân chủ ở cơ sở');
    await user.click(within(drawer).getByRole('radio', { name: 'Giám sát' }));
    await user.type(within(drawer).getByRole('combobox', { name: 'Tổ chức đảng được kiểm tra, giám sát' }), 'DB066');
    await pickOption(user, 'Đảng bộ phường Bạch Đằng (DB06694)');
    await user.type(within(drawer).getByRole('combobox', { name: 'Tổ chức đảng tiến hành' }), 'DB193');
    await pickOption(user, 'Đảng bộ thành phố Hạ Long (DB193)');
    await user.type(within(drawer).getByRole('combobox', { name: 'Thành viên đoàn' }), '  Nguyễn Văn An {Enter}');
    await user.clear(within(drawer).getByLabelText('Nội dung'));
    await user.click(screen.getByRole('button', { name: 'Lưu' }));

    await waitFor(() => expect(requests.some((r) => r.method === 'POST')).toBe(true));
    expect(requests.find((r) => r.method === 'POST')!.body).toEqual({
      kind: 'SUPERVISION',
      form: 'THEMATIC',
      subjectOrganizationId: 12,
      conductingOrganizationId: 11,
      conductingBody: 'INSPECTION_COMMISSION',
      planYear: 2025,
      teamMembers: ['Nguyễn Văn An'],
    });
  });

  it('asks for a subject and a conductor before sending anything', async () => {
    const { user, requests } = await openForm();
    await user.click(screen.getByRole('button', { name: 'Lưu' }));

    expect(await screen.findByText('Vui lòng nhập Tổ chức đảng được kiểm tra, giám sát')).toBeInTheDocument();
    expect(screen.getByText('Vui lòng nhập Tổ chức đảng tiến hành')).toBeInTheDocument();
    expect(requests.some((r) => r.method === 'POST')).toBe(false);
  });
});
