import { Card, Flex, Space, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useAttachmentCounts } from '@/components/attachments/api';
import { PaperclipCount } from '@/components/attachments/PaperclipCount';
import { FilterSelect } from '@/components/FilterSelect';
import { PagedTable, type TableState } from '@/components/PagedTable';
import { PageHeader } from '@/components/PageHeader';
import { ProblemAlert } from '@/components/ProblemAlert';
import { SearchInput } from '@/components/SearchInput';
import { useListState, type FilterSpec } from '@/components/useListState';
import { canHandleFeedback, useAuth } from '@/lib/auth';
import { formatDate } from '@/lib/dates';
import { showsWindow, WINDOW_COLORS } from '@/lib/democracy';
import { useI18n } from '@/lib/i18n';
import { CONSULTATION_STATUSES, useConsultations, type ConsultationListParams, type ConsultationSummary } from '../api';
import { ConsultationFormDrawer } from './ConsultationFormDrawer';
import { STATUS_COLORS } from './statusColors';

type Filters = Omit<ConsultationListParams, keyof TableState>;

const FILTERS: FilterSpec<Filters> = { q: 'string', status: 'string' };
/** Latest opening first, as the API sorts by default. */
export const DEFAULT_SORT = 'opensOn,desc';

/** Lấy ý kiến dự thảo: the drafts of the caller's units, from preparation to the public result. */
export function ConsultationsPage() {
  const { t } = useI18n();
  const { roles } = useAuth();
  const [creating, setCreating] = useState(false);
  const { filters, filter, table, setTable } = useListState<Filters>(DEFAULT_SORT, FILTERS);
  const list = useConsultations({ ...filters, ...table });
  // The draft's files and the result report's: one counts request per page for each.
  const ids = (list.data?.items ?? []).map((item) => item.id);
  const drafts = useAttachmentCounts('consultation', ids);
  const results = useAttachmentCounts('consultation-result', ids);
  const filesOf = (id: number) => (drafts.data?.get(id) ?? 0) + (results.data?.get(id) ?? 0);

  return (
    <Flex vertical gap={16}>
      <PageHeader
        title={t('consultations.title')}
        createLabel={t('consultations.create')}
        onCreate={canHandleFeedback(roles) ? () => setCreating(true) : undefined}
      />
      <Card size="small">
        <Flex vertical gap={12}>
          <Space wrap>
            <SearchInput
              width={300}
              placeholder={t('consultations.search')}
              value={filters.q}
              onSearch={(q) => filter({ q: q || undefined })}
            />
            <FilterSelect
              label={t('feedback.filter.status')}
              value={filters.status}
              onChange={(status) => filter({ status })}
              values={CONSULTATION_STATUSES}
              labelOf={(status) => t(`consultationStatus.${status}`)}
              width={180}
            />
          </Space>
          <ProblemAlert error={list.error} />
          <PagedTable<ConsultationSummary>
            rows={list.data?.items ?? []}
            total={list.data?.total ?? 0}
            loading={list.isFetching}
            state={table}
            onStateChange={setTable}
            defaultSort={DEFAULT_SORT}
            emptyText={t('portal.consultations.empty')}
            totalText={(total) => t('consultations.list.total', { total })}
            scroll={{ x: 800 }}
            columns={[
              {
                title: t('consultations.field.title'),
                key: 'title',
                sorter: true,
                fixed: 'left',
                width: 260,
                render: (_: unknown, item) => (
                  <>
                    <Link to={`/consultations/${item.id}`}>{item.title}</Link>
                    <PaperclipCount count={filesOf(item.id)} />
                  </>
                ),
              },
              {
                title: t('feedback.column.unit'),
                key: 'unit',
                sorter: true,
                width: 220,
                render: (_: unknown, item) => item.unit?.name ?? '—',
              },
              {
                title: t('consultations.field.period'),
                key: 'opensOn',
                sorter: true,
                width: 200,
                render: (_: unknown, item) => `${formatDate(item.opensOn)} – ${formatDate(item.closesOn)}`,
              },
              {
                title: t('feedback.column.status'),
                key: 'status',
                sorter: true,
                width: 220,
                render: (_: unknown, item) => (
                  <>
                    <Tag color={STATUS_COLORS[item.status]}>{t(`consultationStatus.${item.status}`)}</Tag>
                    {showsWindow(item.status) && (
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
        </Flex>
      </Card>
      <ConsultationFormDrawer open={creating} onClose={() => setCreating(false)} />
    </Flex>
  );
}

export default ConsultationsPage;
