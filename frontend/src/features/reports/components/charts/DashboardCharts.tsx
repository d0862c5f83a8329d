import { Col, Row } from 'antd';
import { useFormat } from '@/lib/format';
import { useI18n } from '@/lib/i18n';
import { useMonthlyTrainings, type AnnualReport } from '../../api';
import { ChartCard, type ChartTable } from './ChartCard';
import {
  feedbackByRight,
  inspectionsByUnit,
  periodComparison,
  regulationCoverageByUnit,
  type ChartData,
} from './chartData';
import { barOption, comparisonOption, monthlyOption } from './chartOptions';

function tableOf(first: string, data: ChartData, format: (value: number | null) => string): ChartTable {
  return {
    columns: [first, ...data.series.map((series) => series.name)],
    rows: data.categories.map((category, index) => [
      category,
      ...data.series.map((series) => format(series.values[index])),
    ]),
  };
}

function isEmpty(data: ChartData) {
  return data.categories.length === 0 || data.series.every((series) => series.values.every((value) => !value));
}

/** Height for `count` horizontal bars of `perBar` pixels, plus the legend and axis. */
function heightFor(count: number, perBar = 34) {
  return Math.max(220, count * perBar + 70);
}

/** The dashboard's five charts, every number from the API: the report, and the trainings summary by month. */
export function DashboardCharts({ report, year, unitId }: { report: AnnualReport; year: number; unitId?: number }) {
  const { t } = useI18n();
  const format = useFormat();
  const count = (value: number | null) => format.count(value);
  const own = (name: string) => t('reports.breakdown.own', { name });
  const monthly = useMonthlyTrainings(year, unitId);

  const months = Array.from({ length: 12 }, (_, index) => format.month(year, index + 1));
  const classes = { name: t('reports.charts.classes'), values: monthly.data?.map((m) => m.classes) ?? [] };
  const attendances = { name: t('reports.charts.attendances'), values: monthly.data?.map((m) => m.attendances) ?? [] };
  const monthlyData: ChartData = {
    categories: months,
    series: [
      { key: 'classes', ...classes },
      { key: 'attendances', ...attendances },
    ],
  };

  const inspections = inspectionsByUnit(report, own);
  const feedback = feedbackByRight(report, {
    rights: (right) => t(`right.${right}`),
    onTime: t('reports.charts.feedback.onTime'),
    late: t('reports.charts.feedback.late'),
    open: t('reports.charts.feedback.open'),
  });
  const coverage = regulationCoverageByUnit(report, own);
  const comparison = periodComparison(report, {
    current: t('reports.charts.current', { year: String(year) }),
    previous: t('reports.charts.previous', { year: String(year - 1) }),
  });

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={12}>
        <ChartCard
          testId="chart-trainings"
          title={t('reports.charts.trainingsByMonth')}
          option={monthlyOption(months, classes, attendances, count)}
          table={tableOf(t('reports.charts.month'), monthlyData, count)}
          height={300}
          empty={!monthly.data || isEmpty(monthlyData)}
        />
      </Col>
      <Col xs={24} xl={12}>
        <ChartCard
          testId="chart-comparison"
          title={t('reports.charts.comparison')}
          option={comparisonOption(comparison, count)}
          table={tableOf(t('reports.charts.figure'), comparison, count)}
          height={heightFor(comparison.categories.length, 40)}
          empty={isEmpty(comparison)}
        />
      </Col>
      <Col xs={24} xl={12}>
        <ChartCard
          testId="chart-inspections"
          title={t('reports.charts.inspections')}
          option={barOption(inspections, { horizontal: true, format: count })}
          table={tableOf(t('reports.charts.unit'), inspections, count)}
          height={heightFor(inspections.categories.length, 44)}
          empty={isEmpty(inspections)}
        />
      </Col>
      <Col xs={24} xl={12}>
        <ChartCard
          testId="chart-feedback"
          title={t('reports.charts.feedback')}
          option={barOption(feedback, { stacked: true, format: count })}
          table={tableOf(t('reports.charts.right'), feedback, count)}
          height={300}
          empty={isEmpty(feedback)}
        />
      </Col>
      <Col xs={24}>
        <ChartCard
          testId="chart-regulations"
          title={t('reports.charts.regulations')}
          option={barOption(coverage, { horizontal: true, share: true, format: (value) => format.percent(value) })}
          table={tableOf(t('reports.charts.unit'), coverage, (value) => format.percent(value))}
          height={heightFor(coverage.categories.length, 28)}
          empty={coverage.categories.length === 0}
        />
      </Col>
    </Row>
  );
}
