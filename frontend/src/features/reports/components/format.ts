import type { Formatter } from '@/lib/format';
import type { FigureKind } from '../api';

/** A figure as the review prints it, in the reader's language: 8.532; 95,2%; — when there is nothing. */
export function formatFigure(format: Formatter, kind: FigureKind, value: number | null | undefined): string {
  switch (kind) {
    case 'SHARE':
      return format.percent(value);
    case 'AVERAGE':
      return format.decimal(value, 2);
    default:
      return format.count(value);
  }
}

/** The change from the previous period: +12, −3, and for shares +4,5 followed by `points` ("điểm %"). */
export function formatChange(
  format: Formatter,
  kind: FigureKind,
  value: number | null,
  previous: number | null,
  points: string,
): string | null {
  if (value === null || previous === null) {
    return null;
  }
  const delta = value - previous;
  if (delta === 0) {
    return '±0';
  }
  const sign = delta > 0 ? '+' : '−';
  return kind === 'SHARE'
    ? `${sign}${format.decimal(Math.abs(delta) * 100, 1)} ${points}`
    : `${sign}${formatFigure(format, kind, Math.abs(delta))}`;
}
