import { DownloadOutlined } from '@ant-design/icons';
import { App, Breadcrumb, Button, Card, Flex, Select, Skeleton, Space, Typography } from 'antd';
import { useState } from 'react';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useI18n } from '@/lib/i18n';
import { useAnnualReport, useExportReport, type ExportFormat, type ReportUnit } from '../api';
import { BreakdownTable } from './BreakdownTable';
import { CommitteeTargetsCard } from './CommitteeTargetsCard';
import { FigureCards } from './FigureCards';
import { LaggingTable } from './LaggingTable';

const YEARS_BACK = 6;
const FORMATS: readonly ExportFormat[] = ['pdf', 'xlsx', 'csv'];

/**
 * Tổng quan: the annual review of the caller's unit computed from the records — figures beside the
 * previous year's, the breakdown by child unit (click a unit to drill down), the units that lag,
 * and the exports. The start page for signed-in users.
 */
export function DashboardPage({ currentYear = new Date().getFullYear() }: { currentYear?: number }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [year, setYear] = useState<number>(currentYear);
  // The units drilled into, from the caller's own unit down; empty means the caller's unit.
  const [trail, setTrail] = useState<ReportUnit[]>([]);
  const unitId = trail.at(-1)?.id;
  const report = useAnnualReport({ year, unitId });
  const exporter = useExportReport();
  const data = report.data;
  const years = Array.from({ length: YEARS_BACK + 1 }, (_, index) => currentYear - index);

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('reports.title')}
        </Typography.Title>
        <Space wrap>
          <Select<number>
            style={{ width: 120 }}
            aria-label={t('reports.year')}
            value={year}
            onChange={setYear}
            options={years.map((value) => ({ value, label: `${t('reports.year')} ${value}` }))}
          />
          {FORMATS.map((format) => (
            <Button
              key={format}
              icon={<DownloadOutlined />}
              loading={exporter.isPending && exporter.variables?.format === format}
              onClick={() =>
                exporter.mutate(
                  { params: { year, unitId }, format },
                  { onError: () => message.error(t('reports.exportFailed')) },
                )
              }
            >
              {t(`reports.export.${format}`)}
            </Button>
          ))}
        </Space>
      </Flex>
      <Breadcrumb
        items={[
          {
            key: 'home',
            title: trail.length === 0 ? t('reports.home') : <a onClick={() => setTrail([])}>{t('reports.home')}</a>,
          },
          ...trail.map((unit, index) => ({
            key: unit.id,
            title:
              index === trail.length - 1 ? (
                unit.name
              ) : (
                <a onClick={() => setTrail(trail.slice(0, index + 1))}>{unit.name}</a>
              ),
          })),
        ]}
      />
      {report.error && <ProblemAlert error={report.error} />}
      {!data ? (
        !report.error && <Skeleton active paragraph={{ rows: 6 }} />
      ) : (
        <>
          <Typography.Text type="secondary">
            {t('reports.period', {
              unit: data.unit.name,
              from: data.period.from,
              to: data.period.to,
              previousFrom: data.previousPeriod.from,
              previousTo: data.previousPeriod.to,
            })}
          </Typography.Text>
          <CommitteeTargetsCard parts={data.parts ?? []} year={year} />
          <FigureCards sections={data.sections} />
          <Card size="small" title={t('reports.breakdown.title')}>
            <BreakdownTable
              rows={data.breakdown}
              figures={data.sections.flatMap((s) => s.figures)}
              loading={report.isFetching}
              onDrill={(unit) => setTrail([...trail, unit])}
            />
          </Card>
          <Card size="small" title={t('reports.lagging.title', { count: String(data.lagging.length) })}>
            <LaggingTable lagging={data.lagging} loading={report.isFetching} />
          </Card>
        </>
      )}
    </Flex>
  );
}

export default DashboardPage;
