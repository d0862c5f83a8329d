import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { adminMe, page, tree } from '@/testing/fixtures';
import { mockApi, type RecordedRequest } from '@/testing/mockApi';
import { renderWithApp } from '@/testing/render';
import type { ReorganisationPlan, ReorganisationPreview } from '../../api';
import { ReorganisationPage } from './ReorganisationPage';

const plan: ReorganisationPlan = {
  effectiveDate: '2025-07-01',
  legalBasisNumber: '1679/NQ-UBTVQH15',
  newUnits: [{ code: '06694', name: 'Phường Mới', type: 'COMMUNE', parentCode: '22', mergedFrom: ['06694'] }],
  dissolutions: [{ code: '193' }],
};

function preview(applied: boolean, accounts: ReorganisationPreview['accounts'] = []): ReorganisationPreview {
  return {
    applied,
    reorganisationId: applied ? 1 : null,
    effectiveDate: '2025-07-01',
    created: [
      {
        id: applied ? 99 : null,
        code: '06694',
        name: 'Phường Mới',
        type: 'COMMUNE',
        parentCode: '22',
        mergedFrom: ['06694'],
      },
    ],
    closed: [
      {
        id: 3,
        code: '06694',
        name: 'Phường Bạch Đằng',
        type: 'COMMUNE',
        kind: 'MERGED_INTO',
        primarySuccessorCode: '06694',
        successorCodes: ['06694'],
        records: 42,
        accounts: ['officer.bachdang'],
      },
      {
        id: 2,
        code: '193',
        name: 'Thành phố Hạ Long',
        type: 'DISTRICT',
        kind: 'DISSOLVED',
        primarySuccessorCode: null,
        successorCodes: [],
        records: 7,
        accounts: [],
      },
    ],
    moved: [],
    changed: [],
    accounts,
    followingRecords: [
      {
        recordType: 'party-organization',
        id: null,
        code: 'DB06694-2025',
        name: 'Đảng bộ phường Mới',
        action: 'CREATED',
        fromUnitCode: null,
        toUnitCode: '06694',
        fromParentCode: null,
        toParentCode: 'DB22',
        intoCode: null,
      },
      {
        recordType: 'party-organization',
        id: 5,
        code: 'DB06694',
        name: 'Đảng bộ phường Bạch Đằng',
        action: 'MERGED',
        fromUnitCode: '06694',
        toUnitCode: '06694',
        fromParentCode: 'DB193',
        toParentCode: null,
        intoCode: 'DB06694-2025',
      },
    ],
  };
}

function posts(requests: RecordedRequest[], path: string) {
  return requests.filter((r) => r.method === 'POST' && r.path === path);
}

type Reply = { status?: number; body?: unknown };

function setup(accounts: ReorganisationPreview['accounts'] = [], dryRun: Reply = { body: preview(false, accounts) }) {
  const api = mockApi({
    'GET /api/v1/me': () => ({ body: adminMe }),
    'GET /api/v1/units/:id/tree': () => ({ body: tree }),
    'GET /api/v1/reorganisations': () => ({ body: page([]) }),
    'POST /api/v1/reorganisations/plan-from-csv': () => ({ body: plan }),
    'POST /api/v1/reorganisations': (request) =>
      request.query.get('dryRun') === 'true' ? dryRun : { status: 201, body: preview(true, accounts) },
  });
  const user = userEvent.setup();
  renderWithApp(<ReorganisationPage />, { fetch: api.fetch, route: '/units/reorganisations' });
  return { ...api, user };
}

async function readTable(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByLabelText('Ngày hiệu lực'), '01/07/2025{Enter}');
  await user.type(screen.getByLabelText('Số văn bản căn cứ'), '1679/NQ-UBTVQH15');
  const file = new File(['code,name,type,parent_code,level_name,merged_from\n'], 'plan.csv', { type: 'text/csv' });
  await user.upload(document.querySelector('input[type=file]') as HTMLInputElement, file);
  await user.click(screen.getByRole('button', { name: 'Đọc bảng' }));
  await waitFor(() => expect(screen.getByLabelText('Tên đơn vị')).toHaveValue('Phường Mới'));
}

// The wizard is a large form (seven sections of rows): on a loaded machine a flow takes longer than the default 30 s.
const FLOW_TIMEOUT = 120_000;

describe('ReorganisationPage', () => {
  it(
    'reads a plan from a table, previews it and applies it',
    async () => {
      const { user, requests } = setup();
      await readTable(user);
      const read = posts(requests, '/api/v1/reorganisations/plan-from-csv')[0];
      expect(read.query.get('effectiveDate')).toBe('2025-07-01');
      expect(read.query.get('legalBasisNumber')).toBe('1679/NQ-UBTVQH15');

      await user.click(screen.getByRole('button', { name: 'Xem trước' }));
      const closed = (await screen.findByText('Đơn vị kết thúc (2)')).closest('.ant-card') as HTMLElement;
      expect(within(closed).getByText('Phường Bạch Đằng')).toBeInTheDocument();
      expect(within(closed).getByText('42')).toBeInTheDocument();
      expect(within(closed).getByText('Giải thể')).toBeInTheDocument();
      const party = screen.getByText('Tổ chức đảng theo đơn vị kế thừa (2)').closest('.ant-card') as HTMLElement;
      expect(within(party).getByText('Đảng bộ phường Mới')).toBeInTheDocument();
      expect(within(party).getByText('Lập mới cho đơn vị kế thừa')).toBeInTheDocument();
      expect(within(party).getByText('Hợp nhất vào')).toBeInTheDocument();
      expect(within(party).getAllByText('DB06694-2025')).toHaveLength(2);
      const dryRun = posts(requests, '/api/v1/reorganisations')[0];
      expect(dryRun.query.get('dryRun')).toBe('true');
      expect(dryRun.body).toMatchObject({
        effectiveDate: '2025-07-01',
        dissolutions: [{ code: '193', successorCode: null }],
      });

      await user.click(screen.getByRole('button', { name: 'Áp dụng' }));
      await user.click(within(await screen.findByRole('tooltip')).getByRole('button', { name: 'Áp dụng' }));
      expect(
        await screen.findByText('Đã áp dụng phương án sắp xếp có hiệu lực từ ngày 01/07/2025', {
          selector: '.ant-result-title',
        }),
      ).toBeInTheDocument();
      const applied = posts(requests, '/api/v1/reorganisations')[1];
      expect(applied.query.get('dryRun')).toBeNull();
      expect(applied.body).not.toHaveProperty('confirmScopeChanges');
      expect(screen.getByRole('link', { name: 'Xem cơ cấu ngày 30/06/2025' })).toHaveAttribute(
        'href',
        '/units?on=2025-06-30',
      );
    },
    FLOW_TIMEOUT,
  );

  it(
    'applies a plan that changes accounts’ scope only once the admin confirms it',
    async () => {
      const { user, requests } = setup([
        { username: 'officer.bachdang', unitCode: '06694', change: 'CODE_TAKEN_OVER', successorCode: '06694' },
      ]);
      await readTable(user);
      await user.click(screen.getByRole('button', { name: 'Xem trước' }));
      await screen.findByText('Tài khoản thay đổi phạm vi');
      const apply = screen.getByRole('button', { name: 'Áp dụng' });
      expect(apply).toBeDisabled();

      await user.click(screen.getByRole('checkbox', { name: /xác nhận thay đổi phạm vi của 1 tài khoản/ }));
      await user.click(apply);
      await user.click(within(await screen.findByRole('tooltip')).getByRole('button', { name: 'Áp dụng' }));
      await waitFor(() => expect(posts(requests, '/api/v1/reorganisations')).toHaveLength(2));
      expect(posts(requests, '/api/v1/reorganisations')[1].body).toMatchObject({ confirmScopeChanges: true });
    },
    FLOW_TIMEOUT,
  );

  it(
    'shows the rows a faulty plan is refused for, and stays on the plan',
    async () => {
      const { user } = setup([], {
        status: 400,
        body: {
          status: 400,
          title: 'Bad Request',
          code: 'validation.failed',
          errors: [
            { field: 'units.06691', message: 'Đơn vị 06691 nằm dưới 193 nhưng phương án chưa nói chuyển đi đâu.' },
          ],
        },
      });
      await readTable(user);
      await user.click(screen.getByRole('button', { name: 'Xem trước' }));

      const alert = (await screen.findByText(/Đơn vị 06691 nằm dưới 193/)).closest('[role=alert]') as HTMLElement;
      expect(alert).toHaveTextContent('Dữ liệu chưa hợp lệ');
      expect(screen.queryByText('Đơn vị kết thúc (2)')).not.toBeInTheDocument();
      expect(screen.getByLabelText('Tên đơn vị')).toBeVisible();
    },
    FLOW_TIMEOUT,
  );
});
