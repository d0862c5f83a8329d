import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockApi } from '@/testing/mockApi';
import { renderWithApp } from '@/testing/render';
import { CommitteeTargetsCard } from './CommitteeTargetsCard';

const part = (status: string, value: number) => ({
  key: 'committee',
  title: 'CÔNG TÁC CỦA BAN CHỈ ĐẠO',
  paragraphs: [],
  tables: [],
  data: {
    plan: {
      targets: [
        {
          id: 7,
          figureLabel: 'Tỷ lệ đơn vị đã ban hành quy chế',
          figureKind: 'SHARE',
          label: '100 % đơn vị ban hành quy chế',
          comparator: 'GE',
          threshold: 1,
          value,
          projected: Math.min(1, value * 2),
          status,
          unit: { name: 'Tỉnh Quảng Ninh' },
        },
      ],
    },
  },
});

describe('CommitteeTargetsCard', () => {
  it('shows each target with the status the server computed', () => {
    renderWithApp(<CommitteeTargetsCard parts={[part('AT_RISK', 0.25) as never]} year={2026} />, {
      fetch: mockApi({}).fetch,
    });
    expect(screen.getByText('Chỉ tiêu của Ban Chỉ đạo năm 2026')).toBeInTheDocument();
    expect(screen.getByText('100 % đơn vị ban hành quy chế')).toBeInTheDocument();
    expect(screen.getByTestId('dashboard-target-7')).toHaveTextContent('Có nguy cơ không đạt');
    // Through the one formatter of the language (lib/format): 100% in Vietnamese as in English.
    expect(screen.getByText('≥ 100%')).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: 'Địa bàn' })).toBeInTheDocument();
    expect(screen.getByRole('cell', { name: 'Tỉnh Quảng Ninh' })).toBeInTheDocument();
  });

  it('shows nothing when the review has no committee part', () => {
    const { container } = renderWithApp(<CommitteeTargetsCard parts={[]} year={2026} />, { fetch: mockApi({}).fetch });
    expect(container.querySelector('.ant-card')).toBeNull();
  });
});
