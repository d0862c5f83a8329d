import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockApi } from '@/testing/mockApi';
import { renderWithApp } from '@/testing/render';
import type { LaggingUnit } from '../api';
import { LaggingTable } from './LaggingTable';

const bachDang: LaggingUnit = {
  unit: { id: 3, code: '06694', name: 'Phường Bạch Đằng', type: 'COMMUNE' },
  score: 3,
  reasons: [{ code: 'regulation.missing', label: 'Chưa có quy chế dân chủ có hiệu lực', weight: 3 }],
};

describe('LaggingTable', () => {
  it('says when the report named only the most lagging units', () => {
    renderWithApp(<LaggingTable lagging={[bachDang]} total={1086} loading={false} />, { fetch: mockApi({}).fetch });
    expect(screen.getByText('Phường Bạch Đằng')).toBeInTheDocument();
    expect(
      screen.getByText(
        'Hiển thị 1 đơn vị hạn chế nhất trong tổng số 1086; báo cáo Excel hoặc PDF liệt kê tới 1.000 đơn vị.',
      ),
    ).toBeInTheDocument();
  });

  it('says nothing more when every lagging unit is listed', () => {
    renderWithApp(<LaggingTable lagging={[bachDang]} total={1} loading={false} />, { fetch: mockApi({}).fetch });
    expect(screen.getByText('Phường Bạch Đằng')).toBeInTheDocument();
    expect(screen.queryByText(/trong tổng số/)).not.toBeInTheDocument();
  });
});
