import { PaperClipOutlined } from '@ant-design/icons';
import { Table, Tag, Typography } from 'antd';
import type { TableProps } from 'antd';
import { Link } from 'react-router-dom';
import { useAttachmentCounts } from '@/components/attachments/api';
import { nextTableState, sortOrderOf, type TableState } from '@/components/tableState';
import { formatDateTime } from '@/lib/dates';
import { FEEDBACK_STATUS_COLORS } from '@/lib/democracy';
import { useI18n } from '@/lib/i18n';
import type { Feedback } from '../api';
import { DeadlineBadge } from './DeadlineBadge';
import { formatCount } from '@/lib/format';

export type { TableState };

const SORTABLE = ['receivedAt', 'status', 'priority', 'answerDueAt'] as const;
const DEFAULT_SORT = 'receivedAt,desc';

interface FeedbackTableProps {
  feedback: Feedback[];
  total: number;
  loading: boolean;
  state: TableState;
  onStateChange: (state: TableState) => void;
}

export function FeedbackTable({ feedback, total, loading, state, onStateChange }: FeedbackTableProps) {
  const { t } = useI18n();
  const counts = useAttachmentCounts(
    'feedback',
    feedback.map((f) => f.id),
  );
  const columns: TableProps<Feedback>['columns'] = [
    {
      title: t('feedback.column.title'),
      key: 'title',
      render: (_: unknown, item) => (
        <>
          <Link to={`/feedback/${item.id}`}>
            <Typography.Text strong>{item.title}</Typography.Text>
          </Link>
          {(counts.data?.get(item.id) ?? 0) > 0 && (
            <Typography.Text
              type="secondary"
              style={{ marginLeft: 8 }}
              aria-label={t('attachments.count', { count: counts.data?.get(item.id) ?? 0 })}
              data-testid="attachment-count"
            >
              <PaperClipOutlined /> {counts.data?.get(item.id)}
            </Typography.Text>
          )}
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
      render: (_: unknown, item) =>
        item.priority === 'URGENT' ? <Tag color="volcano">{t('priority.URGENT')}</Tag> : t('priority.NORMAL'),
    },
    {
      title: t('feedback.column.status'),
      dataIndex: 'status',
      key: 'status',
      width: 140,
      sorter: true,
      sortOrder: sortOrderOf(state.sort, 'status'),
      render: (_: unknown, item) => (
        <Tag color={FEEDBACK_STATUS_COLORS[item.status]}>{t(`feedbackStatus.${item.status}`)}</Tag>
      ),
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

  const handleChange: TableProps<Feedback>['onChange'] = (pagination, _filters, sorter) =>
    onStateChange(nextTableState(state, pagination, sorter, SORTABLE, DEFAULT_SORT));

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
        showTotal: (count) => t('feedback.list.total', { total: formatCount(count) }),
      }}
    />
  );
}
