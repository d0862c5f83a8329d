import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { adminMe, page } from '@/testing/fixtures';
import { mockApi } from '@/testing/mockApi';
import { renderWithApp } from '@/testing/render';
import type { ConsultationSummary } from '../api';
import { ConsultationsPage } from './ConsultationsPage';

function consultation(overrides: Partial<ConsultationSummary> & Pick<ConsultationSummary, 'id' | 'title'>) {
  return {
    unit: { id: 3, code: '06694', name: 'Phường Bạch Đằng', type: 'COMMUNE' },
    kind: 'REGULATION',
    opensOn: '2026-11-01',
    closesOn: '2026-12-31',
    status: 'PUBLISHED',
    window: 'OPEN',
    comments: { total: 2, accepted: 0, partlyAccepted: 0, notAccepted: 0, unanswered: 2 },
    version: 0,
    createdAt: '2026-10-01T00:00:00Z',
    updatedAt: '2026-10-01T00:00:00Z',
    allowedActions: [],
    ...overrides,
  } as ConsultationSummary;
}

const open = consultation({ id: 1, title: 'Dự thảo đang lấy ý kiến' });
const cancelled = consultation({ id: 2, title: 'Dự thảo đã hủy', status: 'CANCELLED' });
const draft = consultation({ id: 3, title: 'Dự thảo chưa công bố', status: 'DRAFT' });

function setup(route = '/consultations') {
  const api = mockApi({
    'GET /api/v1/me': () => ({ body: adminMe }),
    'GET /api/v1/consultations': () => ({ body: page([open, cancelled, draft]) }),
  });
  renderWithApp(<ConsultationsPage />, { fetch: api.fetch, route });
  return api;
}

function row(title: string) {
  return screen.getByText(title).closest('tr') as HTMLElement;
}

describe('ConsultationsPage', () => {
  it('restores its search, status filter, page and sort from a copied link', async () => {
    const { requests } = setup('/consultations?q=quy%20ch%E1%BA%BF&status=CANCELLED&page=2&sort=title,asc');
    await screen.findByText('Dự thảo đã hủy');

    const query = requests.filter((r) => r.path === '/api/v1/consultations').at(-1)!.query;
    expect(query.get('q')).toBe('quy chế');
    expect(query.get('status')).toBe('CANCELLED');
    expect(query.get('page')).toBe('1');
    expect(query.get('sort')).toBe('title,asc');
    expect(screen.getByRole('searchbox', { name: 'Tìm theo tên dự thảo' })).toHaveValue('quy chế');
  });

  it('sorts by opening date, latest first, when the link names no sort', async () => {
    const { requests } = setup();
    await screen.findByText('Dự thảo đã hủy');
    expect(
      requests
        .filter((r) => r.path === '/api/v1/consultations')
        .at(-1)!
        .query.get('sort'),
    ).toBe('opensOn,desc');
  });

  it('shows the comment window only beside a published consultation, never beside a draft or a cancelled one', async () => {
    setup();
    await waitFor(() => expect(screen.getByText('Dự thảo đã hủy')).toBeInTheDocument());

    expect(within(row('Dự thảo đang lấy ý kiến')).getByText('Đang lấy ý kiến')).toBeInTheDocument();
    expect(within(row('Dự thảo đã hủy')).getByText('Đã hủy')).toBeInTheDocument();
    expect(within(row('Dự thảo đã hủy')).queryByText('Đang lấy ý kiến')).not.toBeInTheDocument();
    expect(within(row('Dự thảo chưa công bố')).getByText('Bản nháp')).toBeInTheDocument();
    expect(within(row('Dự thảo chưa công bố')).queryByText('Đang lấy ý kiến')).not.toBeInTheDocument();
  });
});
