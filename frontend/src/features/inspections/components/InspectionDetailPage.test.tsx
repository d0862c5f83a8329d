import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import type { Role } from '@/lib/auth';
import { adminMe, page, tree } from '@/testing/fixtures';
import { mockApi } from '@/testing/mockApi';
import { renderWithApp } from '@/testing/render';
import type { Conclusion, DisciplinaryAction, HistoryEntry, Inspection } from '../api';
import { InspectionDetailPage } from './InspectionDetailPage';

type Handlers = Parameters<typeof mockApi>[0];

const haLongCell = { id: 12, code: 'DB193-C1', name: 'Chi bộ khu phố 1' };

function inspection(overrides: Partial<Inspection> = {}): Inspection {
  return {
    allowedActions: [],
    id: 7,
    kind: 'INSPECTION',
    form: 'THEMATIC',
    subject: { type: 'ORGANIZATION', organization: haLongCell, member: null },
    unit: { id: 3, code: '06694', name: 'Phường Bạch Đằng', type: 'COMMUNE' },
    conductingOrganization: { id: 11, code: 'DB193', name: 'Đảng bộ thành phố Hạ Long' },
    conductingBody: 'INSPECTION_COMMISSION',
    originSupervisionId: null,
    planYear: 2025,
    plannedStart: '2025-03-01',
    plannedEnd: '2025-03-31',
    actualStart: null,
    actualEnd: null,
    topic: 'Thực hiện quy chế dân chủ ở cơ sở năm 2025',
    teamMembers: ['Nguyễn Văn A', 'Trần Thị B'],
    status: 'PLANNED',
    cancelReason: null,
    hasConclusion: false,
    overdueSince: null,
    leadFeedback: null,
    version: 4,
    createdAt: '2025-01-01T00:00:00Z',
    updatedAt: '2025-01-01T00:00:00Z',
    ...overrides,
  };
}

const memberSubject = {
  type: 'MEMBER' as const,
  organization: haLongCell,
  member: { id: 501, fullName: 'Lê Văn Cường', partyCardNumber: '93.000123' },
};

function conclusion(version: number, findings = 'Chưa niêm yết công khai quy chế'): Conclusion {
  return {
    inspectionId: 7,
    violationFound: true,
    findings,
    recommendations: [
      {
        id: 1,
        content: 'Niêm yết quy chế tại trụ sở',
        responsibleUnit: { id: 3, code: '06694', name: 'Phường Bạch Đằng', type: 'COMMUNE' },
        dueDate: '2025-06-30',
        doneOn: null,
        evidence: null,
        status: 'OVERDUE',
        version: 0,
      },
    ],
    version,
    updatedAt: '2025-01-01T00:00:00Z',
  };
}

function setup(record: Inspection, roles: Role[] = ['inspector'], extra: Handlers = {}) {
  const api = mockApi({
    'GET /api/v1/me': () => ({ body: { ...adminMe, roles } }),
    'GET /api/v1/units/:id/tree': () => ({ body: tree }),
    'GET /api/v1/inspections/:id': () => ({ body: record }),
    'GET /api/v1/inspections/:id/conclusion': () => ({ body: conclusion(2) }),
    'GET /api/v1/inspections/:id/history': () => ({ body: page([]) }),
    'GET /api/v1/disciplinary-actions': () => ({ body: page([]) }),
    ...extra,
  });
  const user = userEvent.setup();
  renderWithApp(
    <Routes>
      <Route path="/inspections/:id" element={<InspectionDetailPage />} />
    </Routes>,
    { roles, fetch: api.fetch, route: '/inspections/7' },
  );
  return { ...api, user };
}

/** The labels of the open Select's options (Ant Design's listbox role only carries a few, by value). */
async function openOptions() {
  await waitFor(() =>
    expect(document.querySelector('.ant-select-dropdown:not(.ant-select-dropdown-hidden)')).not.toBeNull(),
  );
  const dropdown = document.querySelector('.ant-select-dropdown:not(.ant-select-dropdown-hidden)') as HTMLElement;
  return [...dropdown.querySelectorAll('.ant-select-item-option')].map((option) => option.getAttribute('title'));
}

async function heading() {
  return screen.findByRole('heading', { name: 'Thực hiện quy chế dân chủ ở cơ sở năm 2025' });
}

describe('InspectionDetailPage: status and transitions', () => {
  it('shows the steps and offers exactly the actions the API allows (planned: edit, start, cancel)', async () => {
    setup(inspection({ allowedActions: ['update', 'start', 'cancel'] }));
    await heading();

    expect(screen.getByTestId('inspection-status')).toHaveTextContent('Kế hoạch');
    const steps = document.querySelector('.ant-steps') as HTMLElement;
    for (const label of ['Kế hoạch', 'Đang tiến hành', 'Đã kết luận', 'Đã kết thúc']) {
      expect(within(steps).getByText(label)).toBeInTheDocument();
    }
    expect(screen.getByRole('button', { name: 'Bắt đầu tiến hành' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Hủy cuộc' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Chốt kết luận' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Kết thúc' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Sửa/ })).toBeInTheDocument();
  });

  it('offers only close when the API allows only close and conclusion', async () => {
    setup(
      inspection({
        status: 'CONCLUDED',
        actualStart: '2025-03-02',
        actualEnd: '2025-03-20',
        hasConclusion: true,
        allowedActions: ['conclusion', 'close'],
      }),
    );
    await heading();
    expect(screen.getByRole('button', { name: 'Kết thúc' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Bắt đầu tiến hành' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Hủy cuộc' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Sửa/ })).not.toBeInTheDocument();
  });

  it('offers an inspector nothing when the API allows nothing', async () => {
    setup(inspection({ status: 'IN_PROGRESS', actualStart: '2025-03-02', hasConclusion: true }), ['inspector']);
    await heading();
    expect(
      screen.queryByRole('button', { name: /Bắt đầu|Chốt kết luận|Kết thúc|Hủy cuộc|Sửa/ }),
    ).not.toBeInTheDocument();
  });

  it('does not offer concluding a running inspection the API says cannot conclude yet', async () => {
    setup(
      inspection({
        status: 'IN_PROGRESS',
        actualStart: '2025-03-02',
        allowedActions: ['update', 'conclusion', 'cancel'],
      }),
    );
    await heading();
    expect(screen.getByRole('button', { name: 'Hủy cuộc' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Sửa/ })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Chốt kết luận' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Bắt đầu tiến hành' })).not.toBeInTheDocument();
  });

  it('offers a viewer no transitions and no edits', async () => {
    setup(inspection({ status: 'IN_PROGRESS', actualStart: '2025-03-02' }), ['viewer']);
    await heading();
    expect(
      screen.queryByRole('button', { name: /Bắt đầu|Chốt kết luận|Kết thúc|Hủy cuộc|Sửa/ }),
    ).not.toBeInTheDocument();
  });

  it('shows a viewer a member subject only as the member’s organisation, without the member’s discipline', async () => {
    setup(inspection({ subject: { ...memberSubject, member: null } }), ['viewer']);
    await heading();
    expect(screen.getByText('Đảng viên thuộc Chi bộ khu phố 1')).toBeInTheDocument();
    expect(screen.queryByRole('tab', { name: 'Kỷ luật' })).not.toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Lịch sử' })).toBeInTheDocument();
  });

  it('starts with the planned start as actual start and the version it read', async () => {
    const { user, requests } = setup(inspection({ allowedActions: ['update', 'start', 'cancel'] }), ['inspector'], {
      'POST /api/v1/inspections/:id/start': () => ({
        body: inspection({ status: 'IN_PROGRESS', actualStart: '2025-03-01', version: 5 }),
      }),
    });
    await heading();

    await user.click(screen.getByRole('button', { name: 'Bắt đầu tiến hành' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Bắt đầu tiến hành' }));

    await waitFor(() => expect(requests.some((r) => r.method === 'POST')).toBe(true));
    const post = requests.find((r) => r.method === 'POST')!;
    expect(post.path).toBe('/api/v1/inspections/7/start');
    expect(post.body).toEqual({ actualStart: '2025-03-01', version: 4 });
  });

  it('shows the server’s reason when a transition is refused', async () => {
    const running = { status: 'IN_PROGRESS' as const, actualStart: '2025-03-02', hasConclusion: true };
    const { user } = setup(inspection({ ...running, allowedActions: ['conclude'] }), ['inspector'], {
      'POST /api/v1/inspections/:id/conclude': () => ({
        status: 409,
        body: {
          status: 409,
          title: 'Conflict',
          code: 'inspection.conclusion-missing',
          detail: 'Record the conclusion (PUT /inspections/7/conclusion) before concluding.',
        },
      }),
    });
    await heading();

    await user.click(screen.getByRole('button', { name: 'Chốt kết luận' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Chốt kết luận' }));

    expect(
      await within(dialog).findByText('Record the conclusion (PUT /inspections/7/conclusion) before concluding.'),
    ).toBeInTheDocument();
  });

  it('asks a reason before cancelling and sends it', async () => {
    const { user, requests } = setup(inspection({ allowedActions: ['cancel'] }), ['admin'], {
      'POST /api/v1/inspections/:id/cancel': () => ({
        body: inspection({ status: 'CANCELLED', cancelReason: 'Trùng kế hoạch' }),
      }),
    });
    await heading();

    await user.click(screen.getByRole('button', { name: 'Hủy cuộc' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Hủy cuộc' }));
    expect(await within(dialog).findByText('Vui lòng nhập Lý do hủy')).toBeInTheDocument();
    expect(requests.some((r) => r.method === 'POST')).toBe(false);

    await user.type(within(dialog).getByLabelText('Lý do hủy'), '  Trùng kế hoạch ');
    await user.click(within(dialog).getByRole('button', { name: 'Hủy cuộc' }));
    await waitFor(() => expect(requests.some((r) => r.method === 'POST')).toBe(true));
    expect(requests.find((r) => r.method === 'POST')!.body).toEqual({ reason: 'Trùng kế hoạch', version: 4 });
  });

  it('stops a cancelled inspection in red with its reason', async () => {
    setup(inspection({ status: 'CANCELLED', cancelReason: 'Trùng kế hoạch' }));
    await heading();
    expect(screen.getByText('Lý do hủy: Trùng kế hoạch')).toBeInTheDocument();
    expect(document.querySelector('.ant-steps-item-error')).toHaveTextContent('Kế hoạch · Đã hủy');
  });
});

describe('InspectionDetailPage: conclusion', () => {
  it('refuses a stale save, keeps nothing of it, and saves again on the reloaded version', async () => {
    let conclusionVersion = 2;
    let puts = 0;
    const { user, requests } = setup(
      inspection({
        status: 'IN_PROGRESS',
        actualStart: '2025-03-02',
        hasConclusion: true,
        allowedActions: ['update', 'conclusion', 'conclude', 'cancel'],
      }),
      ['inspector'],
      {
        'GET /api/v1/inspections/:id/conclusion': () => ({
          body: conclusion(conclusionVersion, conclusionVersion > 2 ? 'Bản của người khác' : undefined),
        }),
        'PUT /api/v1/inspections/:id/conclusion': () => {
          puts += 1;
          return puts === 1
            ? {
                status: 409,
                body: { status: 409, title: 'Conflict', code: 'version.stale', detail: 'stale' },
              }
            : { body: conclusion(4, 'Đã sửa') };
        },
      },
    );
    await heading();
    await user.click(screen.getByRole('tab', { name: 'Kết luận' }));
    expect(await screen.findByText('Chưa niêm yết công khai quy chế')).toBeInTheDocument();
    expect(screen.getByText('Quá hạn')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Sửa kết luận' }));
    // Meanwhile someone else saves version 3.
    conclusionVersion = 3;
    const findings = await screen.findByLabelText('Nội dung kết luận');
    await user.clear(findings);
    await user.type(findings, 'Bản của tôi');
    await user.click(screen.getByRole('button', { name: 'Lưu' }));

    expect(await screen.findByText(/Người khác vừa sửa kết luận này/)).toBeInTheDocument();
    const firstPut = requests.filter((r) => r.method === 'PUT')[0];
    expect(firstPut.body).toMatchObject({ violationFound: true, findings: 'Bản của tôi', version: 2 });
    expect(firstPut.body).toMatchObject({
      recommendations: [{ content: 'Niêm yết quy chế tại trụ sở', responsibleUnitId: 3, dueDate: '2025-06-30' }],
    });

    await user.click(screen.getByRole('button', { name: 'Tải bản mới nhất' }));
    await waitFor(() => expect(screen.getByLabelText('Nội dung kết luận')).toHaveValue('Bản của người khác'));
    await user.click(screen.getByRole('button', { name: 'Lưu' }));

    await waitFor(() => expect(requests.filter((r) => r.method === 'PUT')).toHaveLength(2));
    expect(requests.filter((r) => r.method === 'PUT')[1].body).toMatchObject({
      findings: 'Bản của người khác',
      version: 3,
    });
  });

  it('offers a planned inspection no conclusion form yet', async () => {
    const { user } = setup(inspection());
    await heading();
    await user.click(screen.getByRole('tab', { name: 'Kết luận' }));
    expect(
      await screen.findByText('Kết luận được ghi khi cuộc kiểm tra, giám sát đang tiến hành.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Ghi kết luận' })).not.toBeInTheDocument();
  });
});

describe('InspectionDetailPage: disciplinary actions', () => {
  const reprimand: DisciplinaryAction = {
    id: 90,
    subject: { type: 'ORGANIZATION', organization: haLongCell, member: null },
    unit: { id: 3, code: '06694', name: 'Phường Bạch Đằng', type: 'COMMUNE' },
    form: 'REPRIMAND',
    decisionNumber: '12-QĐ/UBKT',
    decisionDate: '2025-04-01',
    decidingBody: 'Ủy ban Kiểm tra Thành ủy Hạ Long',
    source: 'INSPECTION',
    inspectionId: 7,
    version: 0,
    createdAt: '2025-01-01T00:00:00Z',
    updatedAt: '2025-01-01T00:00:00Z',
  };

  async function openActionForm(user: ReturnType<typeof userEvent.setup>) {
    await heading();
    await user.click(screen.getByRole('tab', { name: 'Kỷ luật' }));
    await user.click(await screen.findByRole('button', { name: /Ghi quyết định kỷ luật/ }));
    return screen.findByRole('dialog');
  }

  async function formOptions(user: ReturnType<typeof userEvent.setup>, drawer: HTMLElement) {
    await user.click(within(drawer).getByRole('combobox', { name: 'Hình thức kỷ luật' }));
    return openOptions();
  }

  it('lists the subject’s actions and offers an organisation only reprimand, warning or dissolution', async () => {
    const { user, requests } = setup(
      inspection({ status: 'CONCLUDED', actualStart: '2025-03-02', actualEnd: '2025-03-20', hasConclusion: true }),
      ['inspector'],
      { 'GET /api/v1/disciplinary-actions': () => ({ body: page([reprimand]) }) },
    );
    await heading();
    await user.click(screen.getByRole('tab', { name: 'Kỷ luật' }));
    expect(await screen.findByText('12-QĐ/UBKT')).toBeInTheDocument();
    expect(screen.getByText('Kết luận kiểm tra, giám sát (Cuộc này)')).toBeInTheDocument();
    const list = requests.find((r) => r.path === '/api/v1/disciplinary-actions')!;
    expect(list.query.get('organizationId')).toBe('12');

    await user.click(screen.getByRole('button', { name: /Ghi quyết định kỷ luật/ }));
    const drawer = await screen.findByRole('dialog');
    expect(await formOptions(user, drawer)).toEqual(['Khiển trách', 'Cảnh cáo', 'Giải tán']);
  });

  it('warns that an expulsion changes the member’s status and cites this inspection', async () => {
    const { user, requests } = setup(
      inspection({
        subject: memberSubject,
        status: 'CONCLUDED',
        actualStart: '2025-03-02',
        actualEnd: '2025-03-20',
        hasConclusion: true,
      }),
      ['inspector'],
      {
        'GET /api/v1/party-members/:id': () => ({
          body: { id: 501, fullName: 'Lê Văn Cường', partyCardNumber: '93.000123', post: null },
        }),
        'POST /api/v1/disciplinary-actions': () => ({
          status: 201,
          body: { ...reprimand, id: 91, form: 'EXPULSION', decisionNumber: '15-QĐ/UBKT' },
        }),
      },
    );
    const drawer = await openActionForm(user);
    expect(
      await within(drawer).findByText('Đảng viên không giữ chức vụ nên không áp dụng cách chức.'),
    ).toBeInTheDocument();
    expect(await formOptions(user, drawer)).toEqual(['Khiển trách', 'Cảnh cáo', 'Khai trừ']);
    await user.click(screen.getByTitle('Khai trừ'));
    expect(await within(drawer).findByText(/Khai trừ sẽ chuyển đảng viên sang trạng thái/)).toBeInTheDocument();

    await user.type(within(drawer).getByLabelText('Số quyết định'), '15-QĐ/UBKT');
    await user.type(within(drawer).getByLabelText('Cơ quan quyết định'), 'Ủy ban Kiểm tra Thành ủy Hạ Long');
    await waitFor(() => expect(within(drawer).getByText(/Cuộc kiểm tra: #7/)).toBeInTheDocument());
    await user.click(screen.getByRole('button', { name: 'Lưu' }));

    await waitFor(() => expect(requests.some((r) => r.method === 'POST')).toBe(true));
    expect(requests.find((r) => r.method === 'POST')!.body).toMatchObject({
      subjectMemberId: 501,
      form: 'EXPULSION',
      decisionNumber: '15-QĐ/UBKT',
      decidingBody: 'Ủy ban Kiểm tra Thành ủy Hạ Long',
      source: 'INSPECTION',
      inspectionId: 7,
    });
    expect(await screen.findByText('Đã ghi quyết định kỷ luật số 15-QĐ/UBKT')).toBeInTheDocument();
  });

  it('does not offer an inspection without a violation as the source', async () => {
    const { user } = setup(
      inspection({ status: 'CONCLUDED', actualStart: '2025-03-02', actualEnd: '2025-03-20', hasConclusion: true }),
      ['inspector'],
      { 'GET /api/v1/inspections/:id/conclusion': () => ({ body: { ...conclusion(1), violationFound: false } }) },
    );
    const drawer = await openActionForm(user);
    expect(
      await within(drawer).findByText(
        'Chỉ cuộc kiểm tra, giám sát đã kết luận có vi phạm mới làm căn cứ kỷ luật được.',
      ),
    ).toBeInTheDocument();
    await user.click(within(drawer).getByRole('combobox', { name: 'Căn cứ' }));
    expect(await openOptions()).toEqual(['Tố cáo', 'Tự kiểm điểm', 'Khác']);
  });
});

describe('InspectionDetailPage: history', () => {
  it('shows who changed what and when, field by field, in the page’s words', async () => {
    const entries: HistoryEntry[] = [
      {
        id: 3,
        at: '2025-03-02T02:30:00Z',
        by: 'inspector',
        action: 'STARTED',
        changes: [
          { field: 'status', from: 'PLANNED', to: 'IN_PROGRESS' },
          { field: 'actualStart', from: null, to: '2025-03-02' },
        ],
      },
      {
        id: 2,
        at: '2025-02-01T02:30:00Z',
        by: 'admin',
        action: 'CONCLUSION_UPDATED',
        changes: [{ field: 'conclusion.violationFound', from: 'false', to: 'true' }],
      },
    ];
    const { user } = setup(inspection({ status: 'IN_PROGRESS', actualStart: '2025-03-02' }), ['viewer'], {
      'GET /api/v1/inspections/:id/history': () => ({ body: page(entries) }),
    });
    await heading();
    await user.click(screen.getByRole('tab', { name: 'Lịch sử' }));

    const [started, edited] = await screen.findAllByTestId('history-entry');
    expect(started).toHaveTextContent('Bắt đầu tiến hành');
    expect(started).toHaveTextContent('bởi inspector');
    expect(within(started).getByText('Trạng thái')).toBeInTheDocument();
    expect(within(started).getByText('Kế hoạch')).toBeInTheDocument();
    expect(within(started).getByText('Đang tiến hành')).toBeInTheDocument();
    expect(within(started).getByText('Ngày bắt đầu thực tế')).toBeInTheDocument();
    expect(within(started).getByText('02/03/2025')).toBeInTheDocument();
    expect(started).toHaveTextContent('02/03/2025 09:30');
    expect(edited).toHaveTextContent('Sửa kết luận');
    expect(edited).toHaveTextContent('bởi admin');
    expect(within(edited).getByText('Có')).toBeInTheDocument();
  });
});

describe('InspectionDetailPage: editing the plan', () => {
  it('edits a running inspection with its subject fixed, sending the version it read', async () => {
    const running = inspection({
      status: 'IN_PROGRESS',
      actualStart: '2025-03-02',
      originSupervisionId: null,
      allowedActions: ['update', 'conclusion', 'cancel'],
    });
    const { user, requests } = setup(running, ['inspector'], {
      'GET /api/v1/party-organizations': () => ({ body: page([]) }),
      'GET /api/v1/inspections': () => ({ body: page([]) }),
      'PUT /api/v1/inspections/:id': (request) => ({ body: { ...running, ...(request.body as object), version: 5 } }),
    });
    await heading();
    await user.click(screen.getByRole('button', { name: /Sửa/ }));
    const drawer = await screen.findByRole('dialog');
    expect(
      await within(drawer).findByText('Loại và đối tượng không đổi được khi cuộc kiểm tra đã bắt đầu.'),
    ).toBeInTheDocument();
    expect(within(drawer).getByRole('radio', { name: 'Giám sát' })).toBeDisabled();
    const topic = within(drawer).getByLabelText('Nội dung');
    expect(topic).toHaveValue('Thực hiện quy chế dân chủ ở cơ sở năm 2025');
    await user.clear(topic);
    await user.type(topic, 'Đối thoại tại nơi làm việc');
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Lưu' }));

    await waitFor(() => expect(requests.some((r) => r.method === 'PUT')).toBe(true));
    expect(requests.find((r) => r.method === 'PUT')!.body).toEqual({
      kind: 'INSPECTION',
      form: 'THEMATIC',
      subjectOrganizationId: 12,
      conductingOrganizationId: 11,
      conductingBody: 'INSPECTION_COMMISSION',
      planYear: 2025,
      plannedStart: '2025-03-01',
      plannedEnd: '2025-03-31',
      topic: 'Đối thoại tại nơi làm việc',
      teamMembers: ['Nguyễn Văn A', 'Trần Thị B'],
      version: 4,
    });
  });

  it('offers as origin only supervisions of the very same subject', async () => {
    const supervisionOf = (
      id: number,
      organization: typeof haLongCell,
      member: typeof memberSubject.member | null = null,
    ) => ({
      ...inspection({ id, kind: 'SUPERVISION', form: 'REGULAR', topic: `Giám sát ${id}`, status: 'CONCLUDED' }),
      subject: { type: member ? 'MEMBER' : 'ORGANIZATION', organization, member },
    });
    const { user, requests } = setup(inspection({ allowedActions: ['update', 'start', 'cancel'] }), ['inspector'], {
      'GET /api/v1/party-organizations': () => ({ body: page([]) }),
      'GET /api/v1/inspections': () => ({
        body: page([
          supervisionOf(40, haLongCell),
          supervisionOf(41, { id: 13, code: 'DB193-C2', name: 'Chi bộ khu phố 2' }),
          supervisionOf(42, haLongCell, memberSubject.member),
        ]),
      }),
    });
    await heading();
    await user.click(screen.getByRole('button', { name: /Sửa/ }));
    const drawer = await screen.findByRole('dialog');
    await user.click(await within(drawer).findByRole('combobox', { name: 'Từ cuộc giám sát' }));

    expect(await openOptions()).toEqual(['#40 · 2025 · Giám sát 40']);
    const list = requests.filter((r) => r.path === '/api/v1/inspections').at(-1)!;
    expect(list.query.get('kind')).toBe('SUPERVISION');
    expect(list.query.get('organizationId')).toBe('12');
  });
});

describe('InspectionDetailPage: follow-up after closing', () => {
  it('marks a closed inspection’s overdue recommendation done, with the day and the evidence', async () => {
    let done = false;
    const { user, requests } = setup(
      inspection({
        status: 'CLOSED',
        actualStart: '2025-03-02',
        actualEnd: '2025-03-20',
        hasConclusion: true,
        allowedActions: [],
      }),
      ['inspector'],
      {
        'GET /api/v1/inspections/:id/conclusion': () => {
          const body = conclusion(2);
          if (done) {
            body.recommendations[0] = {
              ...body.recommendations[0],
              status: 'DONE',
              doneOn: '2025-07-10',
              evidence: 'Biên bản ngày 10/7/2025',
              version: 1,
            };
          }
          return { body };
        },
        'POST /api/v1/inspections/:id/recommendations/:rid/done': () => {
          done = true;
          return { body: { ...conclusion(2).recommendations[0], status: 'DONE', doneOn: '2025-07-10', version: 1 } };
        },
      },
    );
    await heading();
    await user.click(screen.getByRole('tab', { name: 'Kết luận' }));
    expect(await screen.findByText('Quá hạn')).toBeInTheDocument();
    // Closed: the conclusion itself is no longer edited, but the follow-up goes on.
    expect(screen.queryByRole('button', { name: 'Sửa kết luận' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Đánh dấu đã thực hiện' }));
    const dialog = await screen.findByRole('dialog');
    // The evidence first: Enter in the date field submits the form.
    await user.type(
      dialog.querySelector('textarea#recommendation-done_evidence') as HTMLElement,
      'Biên bản ngày 10/7/2025',
    );
    const day = within(dialog).getByLabelText('Ngày hoàn thành');
    await user.clear(day);
    await user.type(day, '10/07/2025{Enter}');
    await waitFor(() => {
      const post = requests.find((r) => r.method === 'POST' && r.path.endsWith('/recommendations/1/done'));
      expect(post?.body).toEqual({ doneOn: '2025-07-10', evidence: 'Biên bản ngày 10/7/2025', version: 0 });
    });
    expect(await screen.findByText('Đã thực hiện')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Đánh dấu đã thực hiện' })).not.toBeInTheDocument();
  }, 90_000);

  it('offers a viewer no follow-up button', async () => {
    const { user } = setup(
      inspection({ status: 'CLOSED', actualStart: '2025-03-02', hasConclusion: true, allowedActions: [] }),
      ['viewer'],
    );
    await heading();
    await user.click(screen.getByRole('tab', { name: 'Kết luận' }));
    expect(await screen.findByText('Quá hạn')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Đánh dấu đã thực hiện' })).not.toBeInTheDocument();
  });
});
