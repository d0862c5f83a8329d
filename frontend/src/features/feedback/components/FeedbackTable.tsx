import { PaperClipOutlined } from '@ant-design/icons';
import { Tag, Typography } from 'antd';
import type { TableProps } from 'antd';
import { Link } from 'react-router-dom';
import { useAttachmentCounts } from '@/components/attachments/api';
import { PagedTable, type TableState } from '@/components/PagedTable';
import { formatDateTime } from '@/lib/dates';
import { FEEDBACK_STATUS_COLORS } from '@/lib/democracy';
import { useI18n } from '@/lib/i18n';
import type { Feedback } from '../api';
import { DeadlineBadge } from './DeadlineBadge';

export type { TableState };

export const DEFAULT_SORT = 'receivedAt,desc';

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
  const columns: NonNullable<TableProps<Feedback>['columns']> = [
    {
      title: t('feedback.column.title'),
      key: 'title',
      fixed: 'left',
      width: 280,
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
      render: (value: string) => formatDateTime(value),
    },
    {
      title: t('feedback.column.priority'),
      dataIndex: 'priority',
      key: 'priority',
      width: 110,
      sorter: true,
      render: (_: unknown, item) =>
        item.priority === 'URGENT' ? <Tag color="volcano">{t('priority.URGENT')}</Tag> : t('priority.NORMAL'),
    },
    {
      title: t('feedback.column.status'),
      dataIndex: 'status',
      key: 'status',
      width: 140,
      sorter: true,
      render: (_: unknown, item) => (
        <Tag color={FEEDBACK_STATUS_COLORS[item.status]}>{t(`feedbackStatus.${item.status}`)}</Tag>
      ),
    },
    {
      title: t('feedback.column.deadline'),
      key: 'answerDueAt',
      width: 210,
      sorter: true,
      render: (_: unknown, item) => <DeadlineBadge feedback={item} />,
    },
  ];

  return (
    <PagedTable<Feedback>
      rows={feedback}
      total={total}
      loading={loading}
      state={state}
      onStateChange={onStateChange}
      columns={columns}
      defaultSort={DEFAULT_SORT}
      scroll={{ x: 1100 }}
      emptyText={t('feedback.list.empty')}
      totalText={(count) => t('feedback.list.total', { total: count })}
    />
  );
}
