import dayjs, { type Dayjs } from 'dayjs';

/** How dates are typed and shown in the inspection pages; the API speaks ISO-8601. */
export const DATE_FORMAT = 'DD/MM/YYYY';

export function toIso(value: Dayjs | null | undefined): string | undefined {
  return value ? value.format('YYYY-MM-DD') : undefined;
}

export function fromIso(value: string | null | undefined): Dayjs | undefined {
  return value ? dayjs(value) : undefined;
}

/** Dates as everywhere in the app (lib/dates): 10/03/2024. */
export { formatDate as showDate } from '@/lib/dates';
