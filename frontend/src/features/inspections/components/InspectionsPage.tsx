import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Pagination, Segmented, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { ProblemAlert } from '@/components/ProblemAlert';
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
import { DEFAULT_SORT, InspectionsTable, type TableState } from './InspectionsTable';
import { PlanTimeline } from './PlanTimeline';
import { SummaryCard } from './SummaryCard';
import { formatCount } from '@/lib/format';

const FIRST_PAGE: TableState = { page: 0, size: 20, sort: DEFAULT_SORT };
const YEARS_BACK = 6;

type View = 'table' | 'timeline';
/** A timeline reads from left to right, so it lists the earliest planned first. */
const TIMELINE_SORT = 'plannedStart,asc';

/**
 * Kiểm tra, giám sát: the year's results and the plan, filtered by year, kind and status, as a table
 * or as a timeline of planned and actual periods. Admins and inspectors plan new ones here.
 */
export function InspectionsPage({ currentYear = new Date().getFullYear() }: { currentYear?: number }) {
  const { t } = useI18n();
  const [year, setYear] = useState<number>(currentYear);
  const [kind, setKind] = useState<InspectionKind | undefined>();
  const [status, setStatus] = useState<InspectionStatus | undefined>();
  const [table, setTable] = useState<TableState>(FIRST_PAGE);
  const [view, setView] = useState<View>('table');
  const [formTarget, setFormTarget] = useState<InspectionFormTarget | null>(null);
  const { roles } = useAuth();
  const navigate = useNavigate();
  const canWrite = canWriteInspections(roles);

  const inspections = useInspections({
    year,
    kind,
    status,
    page: table.page,
    size: table.size,
    sort: view === 'timeline' ? TIMELINE_SORT : table.sort,
  });
  const resetPage = () => setTable((current) => ({ ...current, page: 0 }));
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
            onChange={(value) => {
              setYear(value);
              resetPage();
            }}
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
            <Select<InspectionKind>
              allowClear
              style={{ width: 170 }}
              placeholder={t('inspections.filter.kind')}
              aria-label={t('inspections.filter.kind')}
              value={kind}
              onChange={(value) => {
                setKind(value);
                resetPage();
              }}
              options={INSPECTION_KINDS.map((value) => ({ value, label: t(`inspectionKind.${value}`) }))}
            />
            <Select<InspectionStatus>
              allowClear
              style={{ width: 180 }}
              placeholder={t('inspections.filter.status')}
              aria-label={t('inspections.filter.status')}
              value={status}
              onChange={(value) => {
                setStatus(value);
                resetPage();
              }}
              options={INSPECTION_STATUSES.map((value) => ({ value, label: t(`inspectionStatus.${value}`) }))}
            />
            <Segmented<View>
              aria-label={t('inspections.view.label')}
              value={view}
              onChange={setView}
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
                onChange={(page, size) =>
                  setTable((current) => ({ ...current, page: size === current.size ? page - 1 : 0, size }))
                }
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
