import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { NAV_ITEMS } from '@/app/navigation';
import type { UnitOption } from '@/components/unitTree';
import type { Role } from '@/lib/auth';
import { adminMe, page } from '@/testing/fixtures';
import { mockApi } from '@/testing/mockApi';
import { renderWithApp } from '@/testing/render';
import { findInTable, findRow, requestsTo } from '@/testing/table';
import type { Disclosure } from '../api';
import { DisclosuresPage } from './DisclosuresPage';

type Handlers = Parameters<typeof mockApi>[0];

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

const budget: Disclosure = {
  id: 1,
  unit: commune,
  category: 'BUDGET_ESTIMATE',
  title: 'Công khai dự toán ngân sách phường năm 2025',
  content: 'Tổng thu 12,5 tỷ đồng',
  forms: ['NOTICE_BOARD', 'LOUDSPEAKER'],
  postedOn: '2025-01-10',
  postedUntil: null,
  place: 'Trụ sở UBND phường',
  link: null,
  rights: ['KNOW'],
  version: 0,
  createdAt: '2025-01-10T00:00:00Z',
  updatedAt: '2025-01-10T00:00:00Z',
  allowedActions: ['update', 'delete'],
};

function setup(roles: Role[] = ['admin'], extra: Handlers = {}) {
  const api = mockApi({
    'GET /api/v1/me': () => ({ body: { ...adminMe, roles } }),
    'GET /api/v1/units/:id/tree': () => ({ body: units }),
    'GET /api/v1/disclosures': () => ({ body: page([budget]) }),
    ...extra,
  });
  const user = userEvent.setup();
  renderWithApp(<DisclosuresPage currentYear={2025} />, { roles, fetch: api.fetch });
  return { ...api, user };
}

describe('DisclosuresPage', () => {
  it('lists what was made public this year, with its category and forms', async () => {
    const { requests } = setup();

    const row = await findRow('Công khai dự toán ngân sách phường năm 2025');
    expect(row).toHaveTextContent('10/01/2025');
    expect(row).toHaveTextContent('Dự toán ngân sách');
    expect(row).toHaveTextContent('Niêm yết');
    expect(row).toHaveTextContent('Loa truyền thanh');
    expect(row).toHaveTextContent('Phường Bạch Đằng');
    expect(requestsTo(requests, '/api/v1/disclosures').at(-1)!.query.get('year')).toBe('2025');
  });

  it('filters by the form of disclosure', async () => {
    const { user, requests } = setup();
    await findInTable('Công khai dự toán ngân sách phường năm 2025');

    await user.click(screen.getByRole('combobox', { name: 'Hình thức' }));
    await user.click(await screen.findByTitle('Cổng thông tin'));

    await waitFor(() => expect(requestsTo(requests, '/api/v1/disclosures').at(-1)!.query.get('form')).toBe('WEBSITE'));
  });

  it.each<Role>(['viewer', 'inspector'])('offers %s no button that writes', async (role) => {
    setup([role]);
    await findInTable('Công khai dự toán ngân sách phường năm 2025');

    expect(screen.queryByRole('button', { name: /^(Thêm|Sửa|Xóa)/ })).not.toBeInTheDocument();
  });

  it('is in the navigation for every staff role', () => {
    expect(NAV_ITEMS.find((entry) => entry.path === '/disclosures')?.roles).toEqual([
      'admin',
      'officer',
      'inspector',
      'viewer',
    ]);
  });
});

describe('disclosure form', () => {
  it('records a disclosure with its forms and shows the server’s Vietnamese field error', async () => {
    const { user, requests } = setup(['officer'], {
      'POST /api/v1/disclosures': () => ({
        status: 400,
        body: {
          type: 'about:blank',
          title: 'Dữ liệu không hợp lệ',
          status: 400,
          code: 'validation.failed',
          detail: 'link: phải là địa chỉ http:// hoặc https://',
          errors: [{ field: 'link', message: 'phải là địa chỉ http:// hoặc https://' }],
        },
      }),
    });
    await findInTable('Công khai dự toán ngân sách phường năm 2025');
    await user.click(screen.getByRole('button', { name: /Thêm nội dung công khai/ }));
    const drawer = await screen.findByRole('dialog');

    const unit = within(drawer).getByRole('combobox', { name: 'Đơn vị công khai' });
    await user.click(unit);
    await user.type(unit, 'bach dang');
    await user.click(await screen.findByTitle('Phường Bạch Đằng (06694)'));
    await user.click(within(drawer).getByRole('combobox', { name: 'Nội dung theo luật' }));
    await user.click(await screen.findByTitle('Quyết toán ngân sách'));
    await user.type(within(drawer).getByLabelText('Tiêu đề'), 'Công khai quyết toán năm 2024');
    await user.click(within(drawer).getByRole('combobox', { name: 'Hình thức công khai' }));
    await user.click(await screen.findByTitle('Niêm yết'));
    await user.type(within(drawer).getByLabelText('Ngày bắt đầu công khai'), '05/07/2025{Enter}');
    await user.type(within(drawer).getByLabelText('Đường dẫn'), 'ftp://x');
    await user.click(screen.getByRole('button', { name: 'Lưu' }));

    await waitFor(() => expect(requestsTo(requests, '/api/v1/disclosures', 'POST')).toHaveLength(1));
    expect(requestsTo(requests, '/api/v1/disclosures', 'POST')[0].body).toMatchObject({
      unitId: 3,
      category: 'BUDGET_SETTLEMENT',
      title: 'Công khai quyết toán năm 2024',
      forms: ['NOTICE_BOARD'],
      postedOn: '2025-07-05',
      link: 'ftp://x',
    });
    expect(await within(drawer).findByText('phải là địa chỉ http:// hoặc https://')).toBeInTheDocument();
  });
});
