import dayjs from 'dayjs';

/** A bar's place in a year, as percentages of the year's width. */
export interface Span {
  left: number;
  width: number;
}

function dayOfYear(date: dayjs.Dayjs, year: number): number {
  return date.diff(dayjs(`${year}-01-01`), 'day');
}

/**
 * Where a period falls in `year`: clipped to the year, at least a sliver wide so that a one-day
 * inspection still shows; nothing when it lies outside the year or has no start. An open end (an
 * inspection still in progress) runs to `openEnd`.
 */
export function spanIn(
  year: number,
  from: string | null | undefined,
  to: string | null | undefined,
  openEnd?: string,
): Span | undefined {
  if (!from) {
    return undefined;
  }
  const end = to ?? openEnd ?? from;
  const days = dayjs(`${year}-12-31`).diff(dayjs(`${year}-01-01`), 'day') + 1;
  const start = Math.max(0, dayOfYear(dayjs(from), year));
  const stop = Math.min(days, dayOfYear(dayjs(end), year) + 1);
  if (stop <= 0 || start >= days || stop <= start) {
    return undefined;
  }
  const left = (start / days) * 100;
  const width = Math.max(((stop - start) / days) * 100, 0.6);
  return { left, width: Math.min(width, 100 - left) };
}

/** Today's place in the year, or nothing when today is another year. */
export function todayIn(year: number, today = dayjs()): number | undefined {
  if (today.year() !== year) {
    return undefined;
  }
  return spanIn(year, today.format('YYYY-MM-DD'), today.format('YYYY-MM-DD'))?.left;
}
