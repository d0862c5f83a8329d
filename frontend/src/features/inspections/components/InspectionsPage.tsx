import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Pagination, Segmented, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { FilterSelect } from '@/components/FilterSelect';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useListState, type FilterSpec } from '@/components/useListState';
import { canWriteInspections, useAuth } from '@/lib/auth';
import { useI18n } from '@/lib/i18n';
import {
  INSPECTION_KINDS,
  INSPECTION_STATUSES,
  useInspections,
  type InspectionKind,
  type InspectionStatus,
} from '../api';
import { InspectionFormDrawer, type InspectionFormTarget } from './InspectionFormDrawer';
import { DEFAULT_SORT, InspectionsTable } from './InspectionsTable';
import { PlanTimeline } from './PlanTimeline';
import { SummaryCard } from './SummaryCard';
import { formatCount } from '@/lib/format';

const YEARS_BACK = 6;

type View = 'table' | 'timeline';

interface Filters {
  year?: number;
  kind?: InspectionKind;
  status?: InspectionStatus;
  view?: View;
}

const FILTERS: FilterSpec<Filters> = { year: 'number', kind: 'string', status: 'string', view: 'string' };
/** A timeline reads from left to right, so it lists the earliest planned first. */
const TIMELINE_SORT = 'plannedStart,asc';

/**
 * Kiểm tra, giám sát: the year's results and the plan, filtered by year, kind and status, as a table
 * or as a timeline of planned and actual periods. Admins and inspectors plan new ones here.
 */
export function InspectionsPage({ currentYear = new Date().getFullYear() }: { currentYear?: number }) {
  const { t } = useI18n();
  const { filters, filter, table, setTable } = useListState<Filters>(DEFAULT_SORT, FILTERS, {
    defaults: { year: currentYear },
  });
  const { view = 'table', ...listFilters } = filters;
  const year = filters.year ?? currentYear;
  const [formTarget, setFormTarget] = useState<InspectionFormTarget | null>(null);
  const { roles } = useAuth();
  const navigate = useNavigate();
  const canWrite = canWriteInspections(roles);

  const inspections = useInspections({
    ...listFilters,
    year,
    ...table,
    sort: view === 'timeline' ? TIMELINE_SORT : table.sort,
  });
  const years = Array.from({ length: YEARS_BACK + 1 }, (_, index) => currentYear + 1 - index);

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={1} className="page-title" style={{ margin: 0 }}>
          {t('inspections.title')}
        </Typography.Title>
        <Space wrap>
          <Select<number>
            style={{ width: 120 }}
            aria-label={t('inspections.filter.year')}
            value={year}
            onChange={(value) => filter({ year: value })}
            options={years.map((value) => ({ value, label: `${t('inspections.filter.year')} ${value}` }))}
          />
          {canWrite && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setFormTarget({ mode: 'create', year })}>
              {t('inspections.create')}
            </Button>
          )}
        </Space>
      </Flex>
      <SummaryCard year={year} />
      <Card size="small">
        <Flex vertical gap={12}>
          <Space wrap>
            <FilterSelect
              label={t('inspections.filter.kind')}
              value={filters.kind}
              onChange={(kind) => filter({ kind })}
              values={INSPECTION_KINDS}
              labelOf={(kind) => t(`inspectionKind.${kind}`)}
            />
            <FilterSelect
              label={t('inspections.filter.status')}
              value={filters.status}
              onChange={(status) => filter({ status })}
              values={INSPECTION_STATUSES}
              labelOf={(status) => t(`inspectionStatus.${status}`)}
              width={180}
            />
            <Segmented<View>
              aria-label={t('inspections.view.label')}
              value={view}
              onChange={(next) => filter({ view: next === 'table' ? undefined : next })}
              options={[
                { value: 'table', label: t('inspections.view.table') },
                { value: 'timeline', label: t('inspections.view.timeline') },
              ]}
            />
          </Space>
          {inspections.error && <ProblemAlert error={inspections.error} />}
          {view === 'table' ? (
            <InspectionsTable
              inspections={inspections.data?.items ?? []}
              total={inspections.data?.total ?? 0}
              loading={inspections.isFetching}
              state={table}
              onStateChange={setTable}
            />
          ) : (
            <>
              <PlanTimeline inspections={inspections.data?.items ?? []} year={year} />
              <Pagination
                align="end"
                current={table.page + 1}
                pageSize={table.size}
                total={inspections.data?.total ?? 0}
                showSizeChanger
                pageSizeOptions={[10, 20, 50, 100]}
                showTotal={(count) => t('inspections.list.total', { total: formatCount(count) })}
                onChange={(page, size) => setTable({ ...table, page: size === table.size ? page - 1 : 0, size })}
              />
            </>
          )}
        </Flex>
      </Card>
      {canWrite && (
        <InspectionFormDrawer
          target={formTarget}
          onClose={() => setFormTarget(null)}
          onSaved={(inspection) => navigate(`/inspections/${inspection.id}`)}
        />
      )}
    </Flex>
  );
}

export default InspectionsPage;
