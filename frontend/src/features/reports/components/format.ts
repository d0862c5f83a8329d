import type { FigureKind } from '../api';

const COUNT = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });
const DECIMAL = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
const PERCENT = new Intl.NumberFormat('vi-VN', { style: 'percent', maximumFractionDigits: 1 });

/** A figure as the review prints it: 8.532; 95,2 %; – when there is nothing to show. */
export function formatFigure(kind: FigureKind, value: number | null | undefined): string {
  if (value === null || value === undefined) {
    return '–';
  }
  switch (kind) {
    case 'SHARE':
      return PERCENT.format(value);
    case 'AVERAGE':
      return DECIMAL.format(value);
    default:
      return COUNT.format(value);
  }
}

/** The change from the previous period: +12, −3, +4,5 điểm % for shares. */
export function formatChange(kind: FigureKind, value: number | null, previous: number | null): string | null {
  if (value === null || previous === null) {
    return null;
  }
  const delta = value - previous;
  if (delta === 0) {
    return '±0';
  }
  const sign = delta > 0 ? '+' : '−';
  return kind === 'SHARE'
    ? `${sign}${DECIMAL.format(Math.abs(delta) * 100)} điểm %`
    : `${sign}${formatFigure(kind, Math.abs(delta))}`;
}
