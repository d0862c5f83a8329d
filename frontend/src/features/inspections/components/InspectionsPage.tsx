import { Card, Flex, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useI18n } from '@/lib/i18n';
import {
  INSPECTION_KINDS,
  INSPECTION_STATUSES,
  useInspections,
  type InspectionKind,
  type InspectionStatus,
} from '../api';
import { DEFAULT_SORT, InspectionsTable, type TableState } from './InspectionsTable';
import { SummaryCard } from './SummaryCard';

const FIRST_PAGE: TableState = { page: 0, size: 20, sort: DEFAULT_SORT };
const YEARS_BACK = 6;

/** Kiểm tra, giám sát: the year's results and the plan, filtered by year, kind and status. Read-only for now. */
export function InspectionsPage({ currentYear = new Date().getFullYear() }: { currentYear?: number }) {
  const { t } = useI18n();
  const [year, setYear] = useState<number>(currentYear);
  const [kind, setKind] = useState<InspectionKind | undefined>();
  const [status, setStatus] = useState<InspectionStatus | undefined>();
  const [table, setTable] = useState<TableState>(FIRST_PAGE);

  const inspections = useInspections({ year, kind, status, page: table.page, size: table.size, sort: table.sort });
  const resetPage = () => setTable((current) => ({ ...current, page: 0 }));
  const years = Array.from({ length: YEARS_BACK + 1 }, (_, index) => currentYear + 1 - index);

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('inspections.title')}
        </Typography.Title>
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
          </Space>
          {inspections.error && <ProblemAlert error={inspections.error} />}
          <InspectionsTable
            inspections={inspections.data?.items ?? []}
            total={inspections.data?.total ?? 0}
            loading={inspections.isFetching}
            state={table}
            onStateChange={setTable}
          />
        </Flex>
      </Card>
    </Flex>
  );
}

export default InspectionsPage;
