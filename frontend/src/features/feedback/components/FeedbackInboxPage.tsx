import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Checkbox, DatePicker, Flex, Input, Select, Space, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { ProblemAlert } from '@/components/ProblemAlert';
import { UnitTreeSelect } from '@/components/UnitTreeSelect';
import { canHandleFeedback, useAuth } from '@/lib/auth';
import { DEMOCRACY_RIGHTS, FEEDBACK_STATUSES, type DemocracyRight, type FeedbackStatus } from '@/lib/democracy';
import { useDebouncedValue } from '@/lib/useDebouncedValue';
import { useI18n } from '@/lib/i18n';
import { CHANNELS, useFeedbackList, type Channel } from '../api';
import { FeedbackTable, type TableState } from './FeedbackTable';
import { RecordFeedbackDrawer } from './RecordFeedbackDrawer';

const FIRST_PAGE: TableState = { page: 0, size: 20, sort: 'receivedAt,desc' };

interface Filters {
  status?: FeedbackStatus;
  right?: DemocracyRight;
  channel?: Channel;
  unitId?: number;
  overdue?: boolean;
  range?: [Dayjs | null, Dayjs | null] | null;
}

/** Hộp thư ý kiến: the feedback of the caller's scope, with deadlines that cannot be missed quietly. */
export function FeedbackInboxPage() {
  const { t } = useI18n();
  const { roles } = useAuth();
  const [searchText, setSearchText] = useState('');
  const q = useDebouncedValue(searchText.trim());
  const [filters, setFilters] = useState<Filters>({});
  const [table, setTable] = useState<TableState>(FIRST_PAGE);
  const [recording, setRecording] = useState(false);

  const change = (next: Partial<Filters>) => {
    setFilters((current) => ({ ...current, ...next }));
    setTable((current) => ({ ...current, page: 0 }));
  };

  const list = useFeedbackList({
    status: filters.status,
    right: filters.right,
    channel: filters.channel,
    unitId: filters.unitId,
    overdue: filters.overdue || undefined,
    from: filters.range?.[0]?.format('YYYY-MM-DD'),
    to: filters.range?.[1]?.format('YYYY-MM-DD'),
    q: q || undefined,
    page: table.page,
    size: table.size,
    sort: table.sort,
  });

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={1} className="page-title" style={{ margin: 0 }}>
          {t('feedback.title')}
        </Typography.Title>
        {canHandleFeedback(roles) && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setRecording(true)}>
            {t('feedback.record')}
          </Button>
        )}
      </Flex>
      <Card size="small">
        <Flex vertical gap={12}>
          <Space wrap>
            <Input.Search
              allowClear
              style={{ width: 300 }}
              placeholder={t('feedback.search.placeholder')}
              aria-label={t('feedback.search.placeholder')}
              value={searchText}
              onChange={(event) => {
                setSearchText(event.target.value);
                setTable((current) => ({ ...current, page: 0 }));
              }}
            />
            <Select<FeedbackStatus>
              allowClear
              style={{ width: 170 }}
              placeholder={t('feedback.filter.status')}
              aria-label={t('feedback.filter.status')}
              value={filters.status}
              onChange={(status) => change({ status })}
              options={FEEDBACK_STATUSES.map((value) => ({ value, label: t(`feedbackStatus.${value}`) }))}
            />
            <Select<DemocracyRight>
              allowClear
              style={{ width: 170 }}
              placeholder={t('feedback.filter.right')}
              aria-label={t('feedback.filter.right')}
              value={filters.right}
              onChange={(right) => change({ right })}
              options={DEMOCRACY_RIGHTS.map((value) => ({ value, label: t(`right.${value}`) }))}
            />
            <Select<Channel>
              allowClear
              style={{ width: 160 }}
              placeholder={t('feedback.filter.channel')}
              aria-label={t('feedback.filter.channel')}
              value={filters.channel}
              onChange={(channel) => change({ channel })}
              options={CHANNELS.map((value) => ({ value, label: t(`channel.${value}`) }))}
            />
            <UnitTreeSelect
              allowClear
              style={{ width: 260 }}
              placeholder={t('feedback.filter.unit')}
              aria-label={t('feedback.filter.unit')}
              value={filters.unitId}
              onChange={(unitId) => change({ unitId })}
            />
            <DatePicker.RangePicker
              format="DD/MM/YYYY"
              value={filters.range ?? null}
              onChange={(range) => change({ range })}
              aria-label={t('feedback.filter.received')}
              placeholder={[t('feedback.filter.from'), t('feedback.filter.to')]}
            />
            <Checkbox
              checked={filters.overdue ?? false}
              onChange={(event) => change({ overdue: event.target.checked })}
            >
              {t('feedback.filter.overdue')}
            </Checkbox>
          </Space>
          <ProblemAlert error={list.error} />
          <FeedbackTable
            feedback={list.data?.items ?? []}
            total={list.data?.total ?? 0}
            loading={list.isFetching}
            state={table}
            onStateChange={setTable}
          />
        </Flex>
      </Card>
      <RecordFeedbackDrawer open={recording} onClose={() => setRecording(false)} />
    </Flex>
  );
}

export default FeedbackInboxPage;
