import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockApi } from '@/testing/mockApi';
import { renderWithApp } from '@/testing/render';
import { ComplaintsNote } from './ComplaintsNote';
import { ConsultationListPage } from './ConsultationListPage';
import { PortalHome } from './PortalHome';

const closedDraft = {
  id: 7,
  title: 'Dự thảo Hương ước tổ dân phố 1',
  unit: { id: 3, name: 'Phường Bạch Đằng' },
  opensOn: '2026-10-01',
  closesOn: '2026-10-31',
  window: 'CLOSED',
  concluded: true,
  commentCount: 4,
};

function page(items: unknown[]) {
  return { body: { items, page: 0, size: 10, total: items.length } };
}

describe('ConsultationListPage', () => {
  it('opens on the first tab with a consultation, not on an empty one', async () => {
    const api = mockApi({
      'GET /api/v1/public/consultations': (request) =>
        request.query.get('window') === 'CLOSED' ? page([closedDraft]) : page([]),
    });
    renderWithApp(<ConsultationListPage />, { roles: [], fetch: api.fetch });

    expect(await screen.findByRole('link', { name: closedDraft.title })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Đã hết hạn góp ý' })).toBeChecked();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Góp ý dự thảo');
  });

  it('stays on the open consultations when there are some', async () => {
    const api = mockApi({
      'GET /api/v1/public/consultations': (request) =>
        page(request.query.get('window') === 'OPEN' ? [{ ...closedDraft, window: 'OPEN', concluded: false }] : []),
    });
    renderWithApp(<ConsultationListPage />, { roles: [], fetch: api.fetch });

    expect(await screen.findByRole('link', { name: closedDraft.title })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Đang lấy ý kiến' })).toBeChecked();
  });
});

describe('ComplaintsNote', () => {
  it('is one line until the citizen asks for more', async () => {
    const user = userEvent.setup();
    renderWithApp(<ComplaintsNote />, { roles: [], fetch: mockApi({}).fetch });

    expect(screen.getByText('Khiếu nại, tố cáo không gửi tại đây')).toBeInTheDocument();
    expect(screen.queryByText(/Luật Khiếu nại và Luật Tố cáo/)).not.toBeInTheDocument();
    const more = screen.getByRole('button', { name: 'Xem thêm' });
    expect(more).toHaveAttribute('aria-expanded', 'false');

    await user.click(more);
    expect(screen.getByText(/Luật Khiếu nại và Luật Tố cáo/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Thu gọn' })).toHaveAttribute('aria-expanded', 'true');
  });
});

describe('PortalHome', () => {
  it('has one h1 and three doors, without any Ant Design component', () => {
    renderWithApp(<PortalHome />, { roles: [], fetch: mockApi({}).fetch });

    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getAllByRole('heading', { level: 2 })).toHaveLength(3);
    expect(screen.getByRole('link', { name: /Gửi ý kiến/ })).toHaveAttribute('href', '/portal/feedback');
    const doors = screen.getAllByRole('list')[0];
    expect(doors.querySelector('[class*="ant-"]:not(.anticon):not(.anticon *)')).toBeNull();
  });
});
