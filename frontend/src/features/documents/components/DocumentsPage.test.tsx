import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Role } from '@/lib/auth';
import { adminMe, page, tree } from '@/testing/fixtures';
import { mockApi } from '@/testing/mockApi';
import { renderWithApp } from '@/testing/render';
import { findInTable, findRow, formItemOf, requestsTo } from '@/testing/table';
import type { DirectiveDocument } from '../api';
import { DocumentsPage } from './DocumentsPage';

type Handlers = Parameters<typeof mockApi>[0];

const resolution: DirectiveDocument = {
  allowedActions: [],
  id: 1,
  issuerUnit: { id: 1, code: '22', name: 'Tỉnh Quảng Ninh', type: 'PROVINCE' },
  issuingBody: 'Ban Thường vụ Tỉnh ủy',
  kind: 'RESOLUTION',
  number: '35-NQ/TU',
  issueDate: '2025-03-15',
  title: 'Nghị quyết về tăng cường thực hiện dân chủ ở cơ sở',
  summary: 'Các cấp ủy quán triệt và tổ chức thực hiện.',
  issuerPartyOrganization: null,
  readOnly: false,
  version: 1,
  createdAt: '2025-01-01T00:00:00Z',
  updatedAt: '2025-01-01T00:00:00Z',
};
const plan: DirectiveDocument = {
  allowedActions: [],
  id: 2,
  issuerUnit: { id: 2, code: '193', name: 'Thành phố Hạ Long', type: 'DISTRICT' },
  issuingBody: null,
  kind: 'PLAN',
  number: '12-KH/TU',
  issueDate: '2025-04-01',
  title: 'Kế hoạch triển khai',
  summary: null,
  issuerPartyOrganization: null,
  readOnly: false,
  version: 0,
  createdAt: '2025-01-01T00:00:00Z',
  updatedAt: '2025-01-01T00:00:00Z',
};

function setup(roles: Role[] = ['admin'], extra: Handlers = {}) {
  const api = mockApi({
    'GET /api/v1/me': () => ({ body: { ...adminMe, roles } }),
    'GET /api/v1/units/:id/tree': () => ({ body: tree }),
    'GET /api/v1/documents': (request) => {
      const kind = request.query.get('kind');
      return { body: page([plan, resolution].filter((d) => !kind || d.kind === kind)) };
    },
    ...extra,
  });
  const user = userEvent.setup();
  renderWithApp(<DocumentsPage currentYear={2025} />, { roles, fetch: api.fetch });
  return { ...api, user };
}

describe('DocumentsPage', () => {
  it('lists the documents with number, date, kind, title and issuer in Vietnamese', async () => {
    const { requests } = setup();

    const row = await findRow('35-NQ/TU');
    expect(row).toHaveTextContent('15/03/2025');
    expect(row).toHaveTextContent('Nghị quyết');
    expect(row).toHaveTextContent('Nghị quyết về tăng cường thực hiện dân chủ ở cơ sở');
    expect(row).toHaveTextContent('Ban Thường vụ Tỉnh ủy');
    expect(row).toHaveTextContent('Tỉnh Quảng Ninh');
    expect(requestsTo(requests, '/api/v1/documents').at(-1)!.query.get('sort')).toBe('issueDate,desc');
  });

  it('filters by kind and year on the server', async () => {
    const { user, requests } = setup();
    await findInTable('12-KH/TU');

    await user.click(screen.getByRole('combobox', { name: 'Loại văn bản' }));
    await user.click(await screen.findByTitle('Kế hoạch'));
    await user.click(screen.getByRole('combobox', { name: 'Năm' }));
    await user.click(await screen.findByTitle('Năm 2025'));

    await waitFor(() => expect(requestsTo(requests, '/api/v1/documents').at(-1)!.query.get('year')).toBe('2025'));
    expect(requestsTo(requests, '/api/v1/documents').at(-1)!.query.get('kind')).toBe('PLAN');
    await waitFor(() => expect(screen.queryByText('35-NQ/TU')).not.toBeInTheDocument());
  });

  it.each<Role>(['viewer', 'inspector'])('offers %s no button that writes', async (role) => {
    setup([role]);
    await findInTable('12-KH/TU');

    expect(screen.queryByRole('button', { name: /^(Thêm|Sửa|Xóa)/ })).not.toBeInTheDocument();
  });

  it('explains a number the issuer already used at the number field', async () => {
    const { user, requests } = setup(['officer'], {
      'POST /api/v1/documents': () => ({
        status: 409,
        body: { status: 409, title: 'Conflict', code: 'document.number.duplicate', detail: 'duplicate' },
      }),
    });
    await findInTable('12-KH/TU');
    await user.click(screen.getByRole('button', { name: /Thêm văn bản/ }));
    const drawer = await screen.findByRole('dialog');

    await user.click(within(drawer).getByRole('combobox', { name: 'Loại văn bản' }));
    await user.click(await screen.findByTitle('Chỉ thị'));
    const number = within(drawer).getByLabelText('Số hiệu');
    await user.type(number, '35-NQ/TU');
    await user.type(within(drawer).getByLabelText('Ngày ban hành'), '15/03/2023{Enter}');
    await user.type(within(drawer).getByLabelText('Trích yếu'), 'Chỉ thị mới');
    await user.click(screen.getByRole('button', { name: 'Lưu' }));

    const message = 'Đơn vị ban hành đã có văn bản mang số hiệu này trong năm.';
    expect(await within(formItemOf(number)).findByText(message)).toBeInTheDocument();
    expect(within(drawer).getByRole('alert')).toHaveTextContent(message);
    expect(requestsTo(requests, '/api/v1/documents', 'POST')[0].body).toEqual({
      issuerUnitId: 1,
      kind: 'DIRECTIVE',
      number: '35-NQ/TU',
      issueDate: '2023-03-15',
      title: 'Chỉ thị mới',
    });
  });

  it('offers no edit or delete on a directive from a unit above, which the caller only reads', async () => {
    const fromAbove: DirectiveDocument = { ...resolution, readOnly: true };
    setup(['officer'], {
      'GET /api/v1/documents': () => ({ body: page([plan, fromAbove]) }),
    });

    await findRow('35-NQ/TU');
    expect(screen.queryByRole('button', { name: /35-NQ\/TU/ })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Sửa 12-KH\/TU/ })).toBeInTheDocument();
  });
});
