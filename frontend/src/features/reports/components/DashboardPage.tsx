import { DownloadOutlined } from '@ant-design/icons';
import { Alert, App, Breadcrumb, Button, Card, Flex, Segmented, Select, Skeleton, Space, Typography } from 'antd';
import { useState } from 'react';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useFormat } from '@/lib/format';
import { useI18n } from '@/lib/i18n';
import {
  hasActivity,
  useAnnualReport,
  useExportReport,
  useLatestYearWithData,
  type ExportFormat,
  type ReportStructure,
  type ReportUnit,
} from '../api';
import { BreakdownTable } from './BreakdownTable';
import { DashboardCharts } from './charts/DashboardCharts';
import { CommitteeTargetsCard } from './CommitteeTargetsCard';
import { FigureCards } from './FigureCards';
import { LaggingTable } from './LaggingTable';

const YEARS_BACK = 6;
const FORMATS: readonly ExportFormat[] = ['pdf', 'xlsx', 'csv'];

/**
 * Tổng quan: the annual review of the caller's unit computed from the records — charts, figures
 * beside the previous year's, the breakdown by child unit (click a unit to drill down), the units
 * that lag, and the exports. The start page for signed-in users; it opens on the latest year with
 * records, and says so plainly when the chosen year has none.
 */
export function DashboardPage({ currentYear = new Date().getFullYear() }: { currentYear?: number }) {
  const { t } = useI18n();
  const format = useFormat();
  const { message } = App.useApp();
  // The year chosen in the select; until then the latest year with records.
  const [chosenYear, setChosenYear] = useState<number>();
  const latest = useLatestYearWithData(currentYear, undefined, YEARS_BACK);
  const year = chosenYear ?? latest.data ?? (latest.error ? currentYear : undefined);
  // The units drilled into, from the caller's own unit down; empty means the caller's unit.
  const [trail, setTrail] = useState<ReportUnit[]>([]);
  const unitId = trail.at(-1)?.id;
  // Which units the breakdown names: those of the period (2024: districts) or today's, past records rolled up.
  const [structure, setStructure] = useState<ReportStructure>('period');
  const report = useAnnualReport(year === undefined ? undefined : { year, unitId, structure });
  const exporter = useExportReport();
  const data = report.data;
  const years = Array.from({ length: YEARS_BACK + 1 }, (_, index) => currentYear - index);
  const empty = data !== undefined && !hasActivity(data);

  return (
    <Flex vertical gap={16} style={{ minWidth: 0 }}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={1} className="page-title" style={{ margin: 0 }}>
          {t('reports.title')}
        </Typography.Title>
        <Space wrap>
          <Select<number>
            style={{ width: 120 }}
            aria-label={t('reports.year')}
            value={year}
            loading={year === undefined}
            onChange={setChosenYear}
            options={years.map((value) => ({ value, label: `${t('reports.year')} ${value}` }))}
          />
          <Segmented<ReportStructure>
            aria-label={t('reports.structure')}
            value={structure}
            onChange={setStructure}
            options={[
              { value: 'period', label: t('reports.structure.period') },
              { value: 'current', label: t('reports.structure.current') },
            ]}
          />
          {FORMATS.map((exportFormat) => (
            <Button
              key={exportFormat}
              icon={<DownloadOutlined />}
              disabled={year === undefined}
              loading={exporter.isPending && exporter.variables?.format === exportFormat}
              onClick={() =>
                year !== undefined &&
                exporter.mutate(
                  { params: { year, unitId, structure }, format: exportFormat },
                  { onError: () => message.error(t('reports.exportFailed')) },
                )
              }
            >
              {t(`reports.export.${exportFormat}`)}
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
      {(report.error || latest.error) && <ProblemAlert error={report.error ?? latest.error} />}
      {!data || year === undefined ? (
        !report.error && <Skeleton active paragraph={{ rows: 6 }} />
      ) : (
        <>
          <Typography.Text type="secondary" data-testid="report-period">
            {t('reports.period', {
              unit: data.unit.name,
              period: format.period(data.period.from, data.period.to),
              previous: format.period(data.previousPeriod.from, data.previousPeriod.to),
            })}
          </Typography.Text>
          {empty && (
            <Alert
              type="info"
              showIcon
              data-testid="report-no-data"
              title={t('reports.noData', { year: String(year), unit: data.unit.name })}
              action={
                latest.data !== undefined &&
                latest.data !== year && (
                  <Button size="small" onClick={() => setChosenYear(latest.data)}>
                    {t('reports.noData.latest', { year: String(latest.data) })}
                  </Button>
                )
              }
            />
          )}
          <CommitteeTargetsCard parts={data.parts ?? []} year={year} />
          {!empty && <DashboardCharts report={data} year={year} unitId={unitId} />}
          <FigureCards sections={data.sections} />
          <Card size="small" title={t('reports.breakdown.title')} styles={{ body: { minWidth: 0 } }}>
            <BreakdownTable
              rows={data.breakdown}
              figures={data.sections.flatMap((s) => s.figures)}
              loading={report.isFetching}
              onDrill={(unit) => setTrail([...trail, unit])}
            />
          </Card>
          <Card size="small" title={t('reports.lagging.title', { count: String(data.laggingTotal) })}>
            <LaggingTable lagging={data.lagging} total={data.laggingTotal} loading={report.isFetching} />
          </Card>
        </>
      )}
    </Flex>
  );
}

export default DashboardPage;
