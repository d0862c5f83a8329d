import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Role } from '@/lib/auth';
import { adminMe, page } from '@/testing/fixtures';
import { mockApi, type RecordedRequest } from '@/testing/mockApi';
import { renderWithApp } from '@/testing/render';
import type { ImportError, ImportJob } from '../api';
import { ImportsPage } from './ImportsPage';

function job(overrides: Partial<ImportJob>): ImportJob {
  return {
    id: 1,
    kind: 'units',
    dryRun: true,
    status: 'SUCCEEDED',
    phase: null,
    fileFormat: 'CSV',
    fileSize: 120,
    totalRows: 3,
    processedRows: 3,
    skippedRows: 0,
    createCount: 3,
    updateCount: 0,
    unchangedCount: 0,
    errorCount: 0,
    ignoredColumns: null,
    failure: null,
    createdBy: 'officer.halong',
    createdAt: '2025-01-01T00:00:00Z',
    updatedAt: '2025-01-01T00:00:00Z',
    ...overrides,
  } as ImportJob;
}

const mistakes: ImportError[] = [
  { row: 3, column: 'Loại đơn vị', field: 'type', value: 'HAMLET', message: 'must be one of PROVINCE, DISTRICT…' },
  { row: 4, column: 'Tên đơn vị', field: 'name', value: null, message: 'is required' },
];

/** Each upload answers the next job of the script; polling a job answers it as finished. */
function setup(roles: Role[], script: ImportJob[] = []) {
  const jobs = new Map<number, ImportJob>();
  let next = 0;
  const api = mockApi({
    'GET /api/v1/me': () => ({ body: { ...adminMe, roles } }),
    'POST /api/v1/imports': () => {
      const answer = script[next++];
      jobs.set(answer.id, answer);
      return { status: 202, body: { ...answer, status: 'QUEUED', totalRows: null, processedRows: 0 } };
    },
    'GET /api/v1/imports/:id': (request) => ({ body: jobs.get(Number(request.path.split('/').at(-1))) }),
    'GET /api/v1/imports/:id/errors': () => ({ body: page(mistakes) }),
  });
  const user = userEvent.setup();
  renderWithApp(<ImportsPage />, { roles, fetch: api.fetch });
  return { ...api, user };
}

function uploads(requests: RecordedRequest[]) {
  return requests.filter((r) => r.method === 'POST' && r.path === '/api/v1/imports');
}

function csvFile(name = 'don-vi.csv') {
  return new File(['Mã đơn vị,Tên đơn vị,Loại đơn vị,Mã đơn vị cấp trên\n'], name, { type: 'text/csv' });
}

async function kindOptions(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('combobox', { name: 'Loại dữ liệu' }));
  await screen.findByRole('listbox');
  return Array.from(document.querySelectorAll('.ant-select-item-option')).map((option) => option.getAttribute('title'));
}

describe('ImportsPage', () => {
  it('offers each role only the kinds it may import', async () => {
    const officer = setup(['officer']);
    const officerKinds = await kindOptions(officer.user);
    expect(officerKinds).toEqual(expect.arrayContaining(['Đơn vị', 'Tổ chức đảng', 'Quy chế, hương ước', 'Tập huấn']));
    expect(officerKinds).not.toContain('Đảng viên');
  });

  it('offers an inspector party members only', async () => {
    const inspector = setup(['inspector']);
    expect(await kindOptions(inspector.user)).toEqual(['Đảng viên']);
  });

  it('checks a file, names each mistake by row and column, and writes nothing', async () => {
    const { user, requests } = setup(['officer'], [job({ id: 5, status: 'FAILED', errorCount: 2, createCount: 1 })]);

    await user.upload(document.querySelector('input[type=file]') as HTMLInputElement, csvFile());
    await user.click(screen.getByRole('button', { name: /Kiểm tra \(chạy thử\)/ }));

    await screen.findByText('HAMLET');
    const table = document.querySelector('.ant-table') as HTMLElement;
    expect(within(table).getByText('Loại đơn vị')).toBeInTheDocument();
    expect(within(table).getByText('is required')).toBeInTheDocument();
    expect(within(table).getByText('4')).toBeInTheDocument();
    expect(screen.getByText(/Tìm thấy 2 lỗi\. Không có dữ liệu nào được ghi/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Nhập \d+ dòng/ })).not.toBeInTheDocument();

    const [upload] = uploads(requests);
    expect(upload.path).toBe('/api/v1/imports');
    expect(upload.query.get('kind')).toBe('units');
    expect(upload.query.get('dryRun')).toBe('true');
    expect(upload.headers.get('Content-Type')).toBe('text/csv');
    expect(upload.body).toContain('Mã đơn vị,Tên đơn vị');
  });

  it('imports for real only after a clean dry run, and shows what was written', async () => {
    const { user, requests } = setup(['admin'], [job({ id: 6 }), job({ id: 7, dryRun: false })]);

    await user.upload(document.querySelector('input[type=file]') as HTMLInputElement, csvFile());
    await user.click(screen.getByRole('button', { name: /Kiểm tra \(chạy thử\)/ }));
    expect(await screen.findByText(/Tệp hợp lệ: 3 dòng/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /Nhập 3 dòng/ }));
    expect(await screen.findByText('Đã nhập xong: tạo mới 3, cập nhật 0, không đổi 0.')).toBeInTheDocument();
    expect(uploads(requests).map((r) => r.query.get('dryRun'))).toEqual(['true', 'false']);
  });

  it('refuses a file that is neither xlsx nor csv before uploading it', async () => {
    const { requests } = setup(['officer']);

    const input = document.querySelector('input[type=file]') as HTMLInputElement;
    await userEvent.setup({ applyAccept: false }).upload(input, new File(['x'], 'bao-cao.pdf'));

    expect(await screen.findByText('Tệp “bao-cao.pdf” không phải .xlsx hay .csv')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Kiểm tra \(chạy thử\)/ })).toBeDisabled();
    expect(uploads(requests)).toHaveLength(0);
  });
});
