import { Card, Empty } from 'antd';
// The ES module build: the CommonJS one (lib/) reaches the production bundle as a module object.
import ReactEChartsCore from 'echarts-for-react/esm/core';
import type { ReactNode } from 'react';
import { echarts, type EChartsCoreOption } from './echarts';

export interface ChartTable {
  columns: string[];
  rows: string[][];
}

interface Props {
  title: string;
  option: EChartsCoreOption;
  /** The chart's numbers as a table, for screen readers (the chart itself is one image to them). */
  table: ChartTable;
  height: number;
  empty?: boolean;
  extra?: ReactNode;
  testId: string;
}

/** One chart in a card: its title, the drawing, and the same numbers in a table only screen readers see. */
export function ChartCard({ title, option, table, height, empty, extra, testId }: Props) {
  return (
    <Card size="small" title={title} extra={extra} data-testid={testId} styles={{ body: { minWidth: 0 } }}>
      {empty ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <div role="img" aria-label={title}>
          <ReactEChartsCore echarts={echarts} option={option} notMerge style={{ height }} opts={{ renderer: 'svg' }} />
        </div>
      )}
      <table className="visually-hidden" data-testid={`${testId}-table`}>
        <caption>{title}</caption>
        <thead>
          <tr>
            {table.columns.map((column, index) => (
              <th key={index} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, index) => (
            <tr key={index}>
              {row.map((cell, cellIndex) =>
                cellIndex === 0 ? (
                  <th key={cellIndex} scope="row">
                    {cell}
                  </th>
                ) : (
                  <td key={cellIndex}>{cell}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </Card>
  );
}
