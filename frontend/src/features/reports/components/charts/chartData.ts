import { DEMOCRACY_RIGHTS, type DemocracyRight } from '@/lib/democracy';
import { figureOf, type AnnualReport, type BreakdownRow, type Figure } from '../../api';

/** What a chart draws: one value per category and series, every number taken from the API as it is. */
export interface ChartData {
  categories: string[];
  series: { key: string; name: string; values: (number | null)[] }[];
}

function label(report: AnnualReport, key: string): string {
  return figureOf(report, key)?.label ?? key;
}

/** The rows a chart by child unit shows: the children, and the unit's own records when there are any. */
function unitRows(report: AnnualReport, keys: string[]): BreakdownRow[] {
  return report.breakdown.filter((row) => !row.own || keys.some((key) => (row.figures[key] ?? 0) !== 0));
}

function rowName(row: BreakdownRow, ownLabel: (name: string) => string): string {
  return row.own ? ownLabel(row.unit.name) : row.unit.name;
}

function byUnit(report: AnnualReport, keys: string[], ownLabel: (name: string) => string): ChartData {
  const rows = unitRows(report, keys);
  return {
    categories: rows.map((row) => rowName(row, ownLabel)),
    series: keys.map((key) => ({ key, name: label(report, key), values: rows.map((row) => row.figures[key] ?? null) })),
  };
}

/** Party organisations inspected beside those supervised, for each child unit. */
export function inspectionsByUnit(report: AnnualReport, ownLabel: (name: string) => string): ChartData {
  return byUnit(report, ['inspections.organizationsInspected', 'inspections.organizationsSupervised'], ownLabel);
}

/** The share of units that issued their regulation (0 to 1), for each child unit. */
export function regulationCoverageByUnit(report: AnnualReport, ownLabel: (name: string) => string): ChartData {
  const data = byUnit(report, ['regulations.share'], ownLabel);
  // The unit's own row has no unit that must issue one: it would show an empty bar.
  const keep = data.series[0].values.map((value) => value !== null);
  return {
    categories: data.categories.filter((_, index) => keep[index]),
    series: data.series.map((series) => ({ ...series, values: series.values.filter((_, index) => keep[index]) })),
  };
}

/**
 * Feedback received on each democracy right, split by where it stands: answered on time, answered
 * late, not answered yet. The three add up to the feedback received.
 */
export function feedbackByRight(
  report: AnnualReport,
  names: { rights: (right: DemocracyRight) => string; onTime: string; late: string; open: string },
): ChartData {
  const value = (key: string) => figureOf(report, key)?.value ?? 0;
  const rows = DEMOCRACY_RIGHTS.map((right) => {
    const received = value(`feedback.received.${right}`);
    const answered = value(`feedback.answered.${right}`);
    const onTime = value(`feedback.answeredOnTime.${right}`);
    return { onTime, late: answered - onTime, open: received - answered };
  });
  return {
    categories: DEMOCRACY_RIGHTS.map(names.rights),
    series: [
      { key: 'onTime', name: names.onTime, values: rows.map((row) => row.onTime) },
      { key: 'late', name: names.late, values: rows.map((row) => row.late) },
      { key: 'open', name: names.open, values: rows.map((row) => row.open) },
    ],
  };
}

/** The headline counts compared with the previous period. */
export const COMPARED_FIGURES = [
  'documents.issued',
  'trainings.classes',
  'trainings.attendances',
  'inspections.organizationsInspected',
  'inspections.organizationsSupervised',
  'inspections.membersInspected',
  'inspections.membersSupervised',
  'feedback.received',
  'consultations.held',
  'conferences.held',
];

export function periodComparison(report: AnnualReport, names: { current: string; previous: string }): ChartData {
  const figures = COMPARED_FIGURES.map((key) => figureOf(report, key)).filter((f): f is Figure => f !== undefined);
  return {
    categories: figures.map((figure) => figure.label),
    series: [
      { key: 'current', name: names.current, values: figures.map((figure) => figure.value) },
      { key: 'previous', name: names.previous, values: figures.map((figure) => figure.previous) },
    ],
  };
}
