import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { ProblemAlert } from '@/components/ProblemAlert';
import { canHandleFeedback, useAuth } from '@/lib/auth';
import { formatDate } from '@/lib/dates';
import { WINDOW_COLORS } from '@/lib/democracy';
import { useDebouncedValue } from '@/lib/useDebouncedValue';
import { useI18n } from '@/lib/i18n';
import { CONSULTATION_STATUSES, useConsultations, type ConsultationStatus, type ConsultationSummary } from '../api';
import { ConsultationFormDrawer } from './ConsultationFormDrawer';
import { STATUS_COLORS } from './statusColors';

/** Lấy ý kiến dự thảo: the drafts of the caller's units, from preparation to the public result. */
export function ConsultationsPage() {
  const { t } = useI18n();
  const { roles } = useAuth();
  const [searchText, setSearchText] = useState('');
  const q = useDebouncedValue(searchText.trim());
  const [status, setStatus] = useState<ConsultationStatus | undefined>();
  const [page, setPage] = useState(0);
  const [creating, setCreating] = useState(false);
  const list = useConsultations({ q: q || undefined, status, page, size: 20 });

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={1} className="page-title" style={{ margin: 0 }}>
          {t('consultations.title')}
        </Typography.Title>
        {canHandleFeedback(roles) && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('consultations.create')}
          </Button>
        )}
      </Flex>
      <Card size="small">
        <Space wrap style={{ marginBottom: 12 }}>
          <Input.Search
            allowClear
            style={{ width: 300 }}
            placeholder={t('consultations.search')}
            aria-label={t('consultations.search')}
            value={searchText}
            onChange={(event) => {
              setSearchText(event.target.value);
              setPage(0);
            }}
          />
          <Select<ConsultationStatus>
            allowClear
            style={{ width: 180 }}
            placeholder={t('feedback.filter.status')}
            aria-label={t('feedback.filter.status')}
            value={status}
            onChange={(next) => {
              setStatus(next);
              setPage(0);
            }}
            options={CONSULTATION_STATUSES.map((value) => ({ value, label: t(`consultationStatus.${value}`) }))}
          />
        </Space>
        <ProblemAlert error={list.error} />
        <Table<ConsultationSummary>
          rowKey="id"
          size="middle"
          loading={list.isFetching}
          dataSource={list.data?.items ?? []}
          scroll={{ x: 800 }}
          locale={{ emptyText: t('portal.consultations.empty') }}
          pagination={{
            current: page + 1,
            pageSize: 20,
            total: list.data?.total ?? 0,
            onChange: (next) => setPage(next - 1),
          }}
          columns={[
            {
              title: t('consultations.field.title'),
              key: 'title',
              render: (_: unknown, item) => <Link to={`/consultations/${item.id}`}>{item.title}</Link>,
            },
            {
              title: t('feedback.column.unit'),
              key: 'unit',
              width: 220,
              render: (_: unknown, item) => item.unit?.name ?? '—',
            },
            {
              title: t('consultations.field.period'),
              key: 'period',
              width: 200,
              render: (_: unknown, item) => `${formatDate(item.opensOn)} – ${formatDate(item.closesOn)}`,
            },
            {
              title: t('feedback.column.status'),
              key: 'status',
              width: 220,
              render: (_: unknown, item) => (
                <>
                  <Tag color={STATUS_COLORS[item.status]}>{t(`consultationStatus.${item.status}`)}</Tag>
                  {item.status === 'PUBLISHED' && (
                    <Tag color={WINDOW_COLORS[item.window]}>{t(`consultationWindow.${item.window}`)}</Tag>
                  )}
                </>
              ),
            },
            {
              title: t('consultations.field.comments'),
              key: 'comments',
              width: 120,
              render: (_: unknown, item) =>
                `${item.comments?.total ?? 0} (${t('consultations.unanswered', { count: item.comments?.unanswered ?? 0 })})`,
            },
          ]}
        />
      </Card>
      <ConsultationFormDrawer open={creating} onClose={() => setCreating(false)} />
    </Flex>
  );
}

export default ConsultationsPage;
