import type { ChartData } from './chartData';
import type { EChartsCoreOption } from './echarts';

/** Coso's red, then colours that keep 4.5:1 against white for labels drawn in them. */
export const PALETTE = ['#b71c1c', '#1f5fa8', '#8a6100', '#2e7d32', '#6a1b9a'];
const TEXT = '#262626';
const FONT = "'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

interface BarOptions {
  horizontal?: boolean;
  stacked?: boolean;
  /** Values are shares from 0 to 1. */
  share?: boolean;
  format: (value: number) => string;
}

type LabelParams = { value: unknown; seriesIndex?: number; dataIndex: number };

function base(data: ChartData): EChartsCoreOption {
  return {
    color: PALETTE,
    textStyle: { fontFamily: FONT, color: TEXT },
    animation: false,
    legend: data.series.length > 1 ? { top: 0, textStyle: { color: TEXT } } : undefined,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
  };
}

/** Bars by category: vertical or horizontal, side by side or stacked, each labelled with its number. */
export function barOption(data: ChartData, { horizontal, stacked, share, format }: BarOptions): EChartsCoreOption {
  const categoryAxis = {
    type: 'category',
    data: data.categories,
    inverse: horizontal,
    axisLabel: { color: TEXT, width: horizontal ? 150 : 90, overflow: 'truncate', interval: 0 },
  };
  const valueAxis = {
    type: 'value',
    max: share ? 1 : undefined,
    axisLabel: { color: TEXT, formatter: (value: number) => format(value) },
  };
  return {
    ...base(data),
    grid: { left: 8, right: 48, top: data.series.length > 1 ? 32 : 8, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (value: number) => format(value) },
    xAxis: horizontal ? valueAxis : categoryAxis,
    yAxis: horizontal ? categoryAxis : valueAxis,
    series: data.series.map((series) => ({
      type: 'bar',
      name: series.name,
      stack: stacked ? 'total' : undefined,
      data: series.values,
      barMaxWidth: 28,
      label: {
        show: true,
        position: stacked ? 'inside' : horizontal ? 'right' : 'top',
        color: stacked ? '#fff' : TEXT,
        formatter: ({ value }: LabelParams) =>
          typeof value === 'number' && (value !== 0 || !stacked) ? format(value) : '',
      },
    })),
  };
}

/**
 * This period beside the previous one, figure by figure. Figures differ by orders of magnitude
 * (28 documents, 8.532 attendances), so each pair is drawn against the larger of the two; the
 * labels and the tooltip give the numbers themselves.
 */
export function comparisonOption(data: ChartData, format: (value: number) => string): EChartsCoreOption {
  const largest = data.categories.map((_, index) =>
    Math.max(1, ...data.series.map((series) => series.values[index] ?? 0)),
  );
  const actual = (seriesIndex: number, dataIndex: number) => data.series[seriesIndex].values[dataIndex];
  const shown = (seriesIndex: number | undefined, dataIndex: number) => {
    const value = actual(seriesIndex ?? 0, dataIndex);
    return value === null ? '—' : format(value);
  };
  return {
    ...base(data),
    grid: { left: 8, right: 56, top: 32, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params: (LabelParams & { seriesName: string; marker: string; name: string })[]) =>
        [
          params[0]?.name,
          ...params.map((p) => `${p.marker}${p.seriesName}: ${shown(p.seriesIndex, p.dataIndex)}`),
        ].join('<br/>'),
    },
    xAxis: { type: 'value', max: 100, show: false },
    yAxis: {
      type: 'category',
      data: data.categories,
      inverse: true,
      axisLabel: { color: TEXT, width: 180, overflow: 'truncate', interval: 0 },
    },
    series: data.series.map((series, seriesIndex) => ({
      type: 'bar',
      name: series.name,
      data: series.values.map((value, index) => ((value ?? 0) / largest[index]) * 100),
      barMaxWidth: 14,
      label: {
        show: true,
        position: 'right',
        color: TEXT,
        formatter: ({ dataIndex }: LabelParams) => shown(seriesIndex, dataIndex),
      },
    })),
  };
}

/** Classes as bars and attendances as a line on an axis of its own, month by month. */
export function monthlyOption(
  months: string[],
  classes: { name: string; values: number[] },
  attendances: { name: string; values: number[] },
  format: (value: number) => string,
): EChartsCoreOption {
  const axisLabel = { color: TEXT, formatter: (value: number) => format(value) };
  return {
    ...base({ categories: months, series: [] }),
    legend: { top: 0, textStyle: { color: TEXT } },
    tooltip: { trigger: 'axis', valueFormatter: (value: number) => format(value) },
    grid: { left: 8, right: 8, top: 32, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: months, axisLabel: { color: TEXT, interval: 0 } },
    yAxis: [
      { type: 'value', name: classes.name, nameTextStyle: { color: TEXT }, axisLabel, minInterval: 1 },
      { type: 'value', name: attendances.name, nameTextStyle: { color: TEXT }, axisLabel, splitLine: { show: false } },
    ],
    series: [
      {
        type: 'bar',
        name: classes.name,
        data: classes.values,
        barMaxWidth: 24,
        label: {
          show: true,
          position: 'top',
          color: TEXT,
          formatter: ({ value }: LabelParams) => (value ? format(value as number) : ''),
        },
      },
      { type: 'line', name: attendances.name, yAxisIndex: 1, data: attendances.values, symbolSize: 6 },
    ],
  };
}
