import { Table, Tag, Typography } from 'antd';
import type { TableProps } from 'antd';
import type { SorterResult } from 'antd/es/table/interface';
import { Link } from 'react-router-dom';
import { formatDateTime } from '@/lib/dates';
import { FEEDBACK_STATUS_COLORS } from '@/lib/democracy';
import { useI18n } from '@/lib/i18n';
import type { Feedback } from '../api';
import { DeadlineBadge } from './DeadlineBadge';

export interface TableState {
  page: number;
  size: number;
  /** `field,asc` or `field,desc`, as the API takes it. */
  sort: string;
}

const SORTABLE = ['receivedAt', 'status', 'priority', 'answerDueAt'] as const;
const DEFAULT_SORT = 'receivedAt,desc';

function sortOrderOf(sort: string, field: string) {
  const [sortField, direction] = sort.split(',');
  if (sortField !== field) return null;
  return direction === 'desc' ? ('descend' as const) : ('ascend' as const);
}

interface FeedbackTableProps {
  feedback: Feedback[];
  total: number;
  loading: boolean;
  state: TableState;
  onStateChange: (state: TableState) => void;
}

export function FeedbackTable({ feedback, total, loading, state, onStateChange }: FeedbackTableProps) {
  const { t } = useI18n();
  const columns: TableProps<Feedback>['columns'] = [
    {
      title: t('feedback.column.title'),
      key: 'title',
      render: (_: unknown, item) => (
        <>
          <Link to={`/feedback/${item.id}`}>
            <Typography.Text strong>{item.title}</Typography.Text>
          </Link>
          <div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {item.trackingCode} · {t(`right.${item.right}`)} · {t(`channel.${item.channel}`)}
            </Typography.Text>
          </div>
        </>
      ),
    },
    {
      title: t('feedback.column.unit'),
      key: 'unit',
      width: 220,
      render: (_: unknown, item) => item.unit.name,
    },
    {
      title: t('feedback.column.received'),
      dataIndex: 'receivedAt',
      key: 'receivedAt',
      width: 150,
      sorter: true,
      sortOrder: sortOrderOf(state.sort, 'receivedAt'),
      render: (value: string) => formatDateTime(value),
    },
    {
      title: t('feedback.column.priority'),
      dataIndex: 'priority',
      key: 'priority',
      width: 110,
      sorter: true,
      sortOrder: sortOrderOf(state.sort, 'priority'),
      render: (_: unknown, item) => (item.priority === 'URGENT' ? <Tag color="volcano">{t('priority.URGENT')}</Tag> : t('priority.NORMAL')),
    },
    {
      title: t('feedback.column.status'),
      dataIndex: 'status',
      key: 'status',
      width: 140,
      sorter: true,
      sortOrder: sortOrderOf(state.sort, 'status'),
      render: (_: unknown, item) => <Tag color={FEEDBACK_STATUS_COLORS[item.status]}>{t(`feedbackStatus.${item.status}`)}</Tag>,
    },
    {
      title: t('feedback.column.deadline'),
      key: 'answerDueAt',
      width: 210,
      sorter: true,
      sortOrder: sortOrderOf(state.sort, 'answerDueAt'),
      render: (_: unknown, item) => <DeadlineBadge feedback={item} />,
    },
  ];

  const handleChange: TableProps<Feedback>['onChange'] = (pagination, _filters, sorter) => {
    const single = (Array.isArray(sorter) ? sorter[0] : sorter) as SorterResult<Feedback> | undefined;
    const field = String(single?.columnKey ?? '');
    const sort =
      single?.order && (SORTABLE as readonly string[]).includes(field)
        ? `${field},${single.order === 'descend' ? 'desc' : 'asc'}`
        : DEFAULT_SORT;
    const size = pagination.pageSize ?? state.size;
    const reset = sort !== state.sort || size !== state.size;
    onStateChange({ page: reset ? 0 : (pagination.current ?? 1) - 1, size, sort });
  };

  return (
    <Table<Feedback>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={feedback}
      loading={loading}
      onChange={handleChange}
      scroll={{ x: 900 }}
      locale={{ emptyText: t('feedback.list.empty') }}
      pagination={{
        current: state.page + 1,
        pageSize: state.size,
        total,
        showSizeChanger: true,
        pageSizeOptions: [10, 20, 50, 100],
        showTotal: (count) => t('feedback.list.total', { total: count.toLocaleString() }),
      }}
    />
  );
}
