import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { adminMe } from '@/testing/fixtures';
import { mockApi } from '@/testing/mockApi';
import { renderWithApp } from '@/testing/render';
import type { AnnualReport, BreakdownRow } from '../api';
import { DashboardPage } from './DashboardPage';

const province = { id: 1, code: '22', name: 'Tỉnh Quảng Ninh', type: 'PROVINCE' as const };
const haLong = { id: 2, code: '193', name: 'Thành phố Hạ Long', type: 'DISTRICT' as const };
const bachDang = { id: 3, code: '06694', name: 'Phường Bạch Đằng', type: 'COMMUNE' as const };

function row(unit: BreakdownRow['unit'], childCount: number, classes: number, own = false): BreakdownRow {
  return {
    unit,
    own,
    childCount,
    figures: { 'trainings.classes': classes, 'trainings.attendances': classes * 100, 'regulations.share': 1 },
  };
}

function report(unit: BreakdownRow['unit'], rows: BreakdownRow[], attendances: number): AnnualReport {
  return {
    unit,
    period: { from: '2024-01-01', to: '2024-12-31' },
    previousPeriod: { from: '2023-01-01', to: '2023-12-31' },
    sections: [
      {
        key: 'trainings',
        title: 'Tập huấn',
        figures: [
          {
            key: 'trainings.classes',
            label: 'Lớp tập huấn',
            definition: 'Training classes held in the period.',
            kind: 'COUNT',
            additive: true,
            value: 72,
            previous: 60,
          },
          {
            key: 'trainings.attendances',
            label: 'Lượt người tham dự',
            definition: 'Sum of attendances.',
            kind: 'COUNT',
            additive: true,
            value: attendances,
            previous: 7_000,
          },
        ],
      },
      {
        key: 'regulations',
        title: 'Quy chế dân chủ ở cơ sở',
        figures: [
          {
            key: 'regulations.share',
            label: 'Tỷ lệ đơn vị đã ban hành quy chế',
            definition: 'Share.',
            kind: 'SHARE',
            additive: false,
            value: 0.95,
            previous: 0.9,
          },
        ],
      },
    ],
    breakdown: rows,
    lagging: [
      {
        unit: bachDang,
        score: 5,
        reasons: [
          { code: 'regulation.missing', label: 'Chưa có quy chế dân chủ có hiệu lực', weight: 3 },
          { code: 'conference.none', label: 'Không tổ chức hội nghị', weight: 2 },
        ],
      },
    ],
    laggingTotal: 1,
  };
}

function setup() {
  const api = mockApi({
    'GET /api/v1/me': () => ({ body: adminMe }),
    'GET /api/v1/reports/annual': (request) => {
      const format = request.query.get('format');
      if (format) {
        return { body: 'file', contentType: 'application/pdf' };
      }
      return request.query.get('unitId') === '2'
        ? { body: report(haLong, [row(bachDang, 5, 2), row(haLong, 0, 1, true)], 900) }
        : { body: report(province, [row(haLong, 33, 9), row(province, 0, 0, true)], 8_532) };
    },
  });
  renderWithApp(<DashboardPage currentYear={2024} />, { roles: ['viewer'], fetch: api.fetch });
  return { ...api, user: userEvent.setup() };
}

afterEach(() => vi.restoreAllMocks());

describe('DashboardPage', () => {
  it('shows the figures beside the previous period, in Vietnamese number format', async () => {
    setup();
    const attendances = await screen.findByTestId('figure-trainings.attendances');
    expect(attendances).toHaveTextContent('8.532');
    expect(attendances).toHaveTextContent('Kỳ trước: 7.000 (+1.532)');
    expect(screen.getByTestId('figure-regulations.share')).toHaveTextContent('95%');
    expect(screen.getByText('Chưa có quy chế dân chủ có hiệu lực')).toBeInTheDocument();
  });

  it('drills down from the province to a district', async () => {
    const { user, requests } = setup();
    await user.click(await screen.findByRole('button', { name: 'Thành phố Hạ Long' }));
    await waitFor(() => expect(screen.getByTestId('figure-trainings.attendances')).toHaveTextContent('900'));
    expect(requests.some((r) => r.path === '/api/v1/reports/annual' && r.query.get('unitId') === '2')).toBe(true);
    const table = screen.getByTestId('breakdown');
    expect(within(table).getByRole('button', { name: 'Phường Bạch Đằng' })).toBeInTheDocument();
    await user.click(screen.getByText('Đơn vị của tôi'));
    await waitFor(() => expect(screen.getByTestId('figure-trainings.attendances')).toHaveTextContent('8.532'));
  });

  it('exports the report it shows', async () => {
    const createObjectURL = vi.fn(() => 'blob:report');
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const { user, requests } = setup();
    await screen.findByTestId('figure-trainings.classes');
    await user.click(screen.getByRole('button', { name: /PDF/ }));
    await waitFor(() => expect(click).toHaveBeenCalled());
    const exported = requests.find((r) => r.query.get('format') === 'pdf');
    expect(exported?.query.get('year')).toBe('2024');
    expect(createObjectURL).toHaveBeenCalled();
  });

  it('opens on the latest year with records, and says plainly when the chosen year has none', async () => {
    const empty = (year: number): AnnualReport => ({
      ...report(province, [row(haLong, 33, 0)], 0),
      period: { from: `${year}-01-01`, to: `${year}-12-31` },
      previousPeriod: { from: `${year - 1}-01-01`, to: `${year - 1}-12-31` },
      sections: [
        {
          key: 'trainings',
          title: 'Tập huấn',
          figures: [
            {
              key: 'trainings.classes',
              label: 'Lớp tập huấn',
              definition: '',
              kind: 'COUNT',
              additive: true,
              value: 0,
              previous: 0,
            },
          ],
        },
      ],
    });
    const api = mockApi({
      'GET /api/v1/me': () => ({ body: adminMe }),
      'GET /api/v1/trainings/summary/months': () => ({ body: { months: [] } }),
      'GET /api/v1/reports/annual': (request) => {
        const year = Number(request.query.get('year'));
        return { body: year === 2024 ? report(province, [row(haLong, 33, 9)], 8_532) : empty(year) };
      },
    });
    renderWithApp(<DashboardPage currentYear={2026} />, { roles: ['viewer'], fetch: api.fetch });

    // 2026 and 2025 are empty (one request: 2026's report carries 2025), 2024 has the records.
    expect(await screen.findByTestId('figure-trainings.attendances')).toHaveTextContent('8.532');
    expect(screen.getByTestId('report-period')).toHaveTextContent('01/01/2024 – 31/12/2024');
    expect(screen.queryByTestId('report-no-data')).not.toBeInTheDocument();
    const years = api.requests.filter((r) => r.path === '/api/v1/reports/annual').map((r) => r.query.get('year'));
    expect(years.slice(0, 2)).toEqual(['2026', '2024']);
    // The trainings-by-month chart asks for the year's twelve months in one call, not one call a month.
    await waitFor(() =>
      expect(
        api.requests.some((r) => r.path === '/api/v1/trainings/summary/months' && r.query.get('year') === '2024'),
      ).toBe(true),
    );
    const months = api.requests.filter((r) => r.path === '/api/v1/trainings/summary/months');
    expect(months.filter((r) => r.query.get('year') === '2024')).toHaveLength(1);
    expect(api.requests.some((r) => r.path === '/api/v1/trainings/summary')).toBe(false);

    const user = userEvent.setup();
    await user.click(screen.getByRole('combobox', { name: 'Năm' }));
    await user.click(await screen.findByTitle('Năm 2025'));
    expect(await screen.findByTestId('report-no-data')).toHaveTextContent(
      'Năm 2025 chưa có số liệu nào được ghi nhận cho Tỉnh Quảng Ninh.',
    );
    await user.click(screen.getByRole('button', { name: 'Xem năm 2024, năm gần nhất có số liệu' }));
    await waitFor(() => expect(screen.queryByTestId('report-no-data')).not.toBeInTheDocument());
  });
});
