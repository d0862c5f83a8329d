import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Checkbox, DatePicker, Flex, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { FilterSelect } from '@/components/FilterSelect';
import { ProblemAlert } from '@/components/ProblemAlert';
import { SearchInput } from '@/components/SearchInput';
import { useListState, type FilterSpec } from '@/components/useListState';
import { UnitTreeSelect } from '@/components/UnitTreeSelect';
import { canHandleFeedback, useAuth } from '@/lib/auth';
import { DATE_FORMAT, toApiDate } from '@/lib/dates';
import { DEMOCRACY_RIGHTS, FEEDBACK_STATUSES, type DemocracyRight, type FeedbackStatus } from '@/lib/democracy';
import { useI18n } from '@/lib/i18n';
import { CHANNELS, useFeedbackList, type Channel } from '../api';
import { DEFAULT_SORT, FeedbackTable } from './FeedbackTable';
import { RecordFeedbackDrawer } from './RecordFeedbackDrawer';

interface Filters {
  q?: string;
  status?: FeedbackStatus;
  right?: DemocracyRight;
  channel?: Channel;
  unitId?: number;
  overdue?: boolean;
  /** Received from and to, as API dates. */
  from?: string;
  to?: string;
}

const FILTERS: FilterSpec<Filters> = {
  q: 'string',
  status: 'string',
  right: 'string',
  channel: 'string',
  unitId: 'number',
  overdue: 'boolean',
  from: 'string',
  to: 'string',
};

/** Hộp thư ý kiến: the feedback of the caller's scope, with deadlines that cannot be missed quietly. */
export function FeedbackInboxPage() {
  const { t } = useI18n();
  const { roles } = useAuth();
  const { filters, filter, table, setTable } = useListState<Filters>(DEFAULT_SORT, FILTERS);
  const [recording, setRecording] = useState(false);

  const list = useFeedbackList({ ...filters, ...table });

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
            <SearchInput
              width={300}
              placeholder={t('feedback.search.placeholder')}
              value={filters.q}
              onSearch={(q) => filter({ q: q || undefined })}
            />
            <FilterSelect<FeedbackStatus>
              label={t('feedback.filter.status')}
              value={filters.status}
              onChange={(status) => filter({ status })}
              values={FEEDBACK_STATUSES}
              labelOf={(value) => t(`feedbackStatus.${value}`)}
            />
            <FilterSelect<DemocracyRight>
              label={t('feedback.filter.right')}
              value={filters.right}
              onChange={(right) => filter({ right })}
              values={DEMOCRACY_RIGHTS}
              labelOf={(value) => t(`right.${value}`)}
            />
            <FilterSelect<Channel>
              label={t('feedback.filter.channel')}
              value={filters.channel}
              onChange={(channel) => filter({ channel })}
              values={CHANNELS}
              labelOf={(value) => t(`channel.${value}`)}
              width={160}
            />
            <UnitTreeSelect
              allowClear
              style={{ width: 260, maxWidth: '100%' }}
              placeholder={t('feedback.filter.unit')}
              aria-label={t('feedback.filter.unit')}
              value={filters.unitId}
              onChange={(unitId: number | undefined) => filter({ unitId })}
            />
            <DatePicker.RangePicker
              format={DATE_FORMAT}
              value={[filters.from ? dayjs(filters.from) : null, filters.to ? dayjs(filters.to) : null]}
              onChange={(range) => filter({ from: toApiDate(range?.[0]), to: toApiDate(range?.[1]) })}
              aria-label={t('feedback.filter.received')}
              placeholder={[t('feedback.filter.from'), t('feedback.filter.to')]}
            />
            <Checkbox
              checked={filters.overdue ?? false}
              onChange={(event) => filter({ overdue: event.target.checked || undefined })}
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
