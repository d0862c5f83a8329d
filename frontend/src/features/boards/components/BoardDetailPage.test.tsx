import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import type { UnitOption } from '@/components/unitTree';
import type { Role } from '@/lib/auth';
import { adminMe } from '@/testing/fixtures';
import { mockApi } from '@/testing/mockApi';
import { renderWithApp } from '@/testing/render';
import type { Board, BoardActivity, BoardMember } from '../api';
import { BoardDetailPage } from './BoardDetailPage';

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
  serving: 1,
  version: 0,
  createdAt: '2025-07-01T00:00:00Z',
  updatedAt: '2025-07-01T00:00:00Z',
  allowedActions: ['update', 'add-member', 'record-activity'],
};

const member: BoardMember = {
  id: 8,
  boardId: 4,
  fullName: 'Nguyễn Thị Hoa',
  role: 'HEAD',
  since: '2025-07-01',
  until: null,
  electedAt: 'Hội nghị tổ dân phố số 3 ngày 10/3/2025',
  version: 0,
};

const activity: BoardActivity = {
  id: 9,
  boardId: 4,
  boardKind: 'PEOPLES_INSPECTION',
  unit: commune,
  kind: 'INVESTMENT_SUPERVISION',
  subject: 'Giám sát thi công đường bê tông khu 3',
  content: null,
  startedOn: '2025-08-01',
  endedOn: null,
  findings: 'Thi công đúng thiết kế',
  projectName: 'Đường bê tông khu 3',
  projectInvestor: 'UBND phường',
  budgetSource: 'COMMUNE_BUDGET',
  projectStage: 'CONSTRUCTION',
  consultationId: null,
  consultationTitle: null,
  recommendations: [
    {
      id: 21,
      content: 'Bổ sung biển báo công trình',
      addressedTo: commune,
      dueOn: '2025-09-01',
      answer: null,
      answeredOn: null,
      overdue: true,
      version: 0,
    },
  ],
  rights: ['SUPERVISE'],
  version: 0,
};

function setup(roles: Role[] = ['officer']) {
  const api = mockApi({
    'GET /api/v1/me': () => ({ body: { ...adminMe, roles } }),
    'GET /api/v1/units/:id/tree': () => ({ body: units }),
    'GET /api/v1/boards/:id': () => ({ body: board }),
    'GET /api/v1/boards/:id/members': () => ({ body: [member] }),
    'GET /api/v1/boards/:id/activities': () => ({ body: [activity] }),
    'POST /api/v1/boards/:id/members': () => ({ status: 201, body: { ...member, id: 10, fullName: 'Trần Văn Nam' } }),
    'POST /api/v1/boards/:id/recommendations/:rid/answer': () => ({
      body: { ...activity.recommendations[0], answer: 'Đã bổ sung', answeredOn: '2025-09-05', overdue: false },
    }),
  });
  const user = userEvent.setup();
  renderWithApp(
    <Routes>
      <Route path="/boards/:id" element={<BoardDetailPage />} />
    </Routes>,
    { roles, fetch: api.fetch, route: '/boards/4' },
  );
  return { ...api, user };
}

describe('BoardDetailPage', () => {
  it('shows the board’s members with their term and the meeting that elected them, and adds one', async () => {
    const { user, requests } = setup();
    expect(await screen.findByRole('heading', { name: 'Ban Thanh tra nhân dân phường Bạch Đằng' })).toBeInTheDocument();
    expect(await screen.findByText('Nguyễn Thị Hoa')).toBeInTheDocument();
    expect(screen.getByText('Trưởng ban')).toBeInTheDocument();
    expect(screen.getByText('Hội nghị tổ dân phố số 3 ngày 10/3/2025')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /Thêm thành viên/ }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText('Họ và tên'), 'Trần Văn Nam');
    await user.type(within(dialog).getByLabelText('Hội nghị bầu'), 'Hội nghị khu 5 ngày 12/3/2025');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    await waitFor(() => {
      const post = requests.find((r) => r.method === 'POST' && r.path === '/api/v1/boards/4/members');
      expect(post?.body).toMatchObject({
        fullName: 'Trần Văn Nam',
        role: 'MEMBER',
        since: '2025-07-01',
        electedAt: 'Hội nghị khu 5 ngày 12/3/2025',
      });
    });
  });

  it('shows the work with its project and an overdue recommendation, and records the unit’s answer', async () => {
    const { user, requests } = setup();
    await user.click(await screen.findByRole('tab', { name: 'Hoạt động kiểm tra, giám sát' }));
    expect(await screen.findByText(/Đường bê tông khu 3/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /Expand row|Mở rộng/ }));
    expect(await screen.findByText('Bổ sung biển báo công trình')).toBeInTheDocument();
    expect(screen.getByText('Quá hạn')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Ghi trả lời' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByRole('textbox', { name: 'Trả lời của đơn vị' }), 'Đã bổ sung');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    await waitFor(() => {
      const post = requests.find((r) => r.method === 'POST' && r.path === '/api/v1/boards/4/recommendations/21/answer');
      expect(post?.body).toMatchObject({ answer: 'Đã bổ sung', version: 0 });
    });
  });

  it('offers a viewer no button that writes', async () => {
    setup(['viewer']);
    expect(await screen.findByRole('heading', { name: 'Ban Thanh tra nhân dân phường Bạch Đằng' })).toBeInTheDocument();
    expect(await screen.findByText('Nguyễn Thị Hoa')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Thêm thành viên|Sửa/ })).not.toBeInTheDocument();
  });
});
