import dayjs, { type Dayjs } from 'dayjs';

/** A date picker's value as the API's ISO-8601 date. */
export function toApiDate(value: Dayjs): string;
export function toApiDate(value: Dayjs | null | undefined): string | undefined;
export function toApiDate(value: Dayjs | null | undefined): string | undefined {
  return value ? value.format('YYYY-MM-DD') : undefined;
}

/** An API date for a date picker. */
export function fromApiDate(value: string | null | undefined): Dayjs | undefined {
  return value ? dayjs(value) : undefined;
}

/** An API date as people in Vietnam write it. */
export function formatDate(value: string | null | undefined): string {
  return value ? dayjs(value).format('DD/MM/YYYY') : '—';
}

/** The format date pickers show and accept. */
export const DATE_FORMAT = 'DD/MM/YYYY';

/** An instant in the reader's time zone, to the minute. */
export function formatDateTime(instant: string | null | undefined): string {
  return instant ? dayjs(instant).format('DD/MM/YYYY HH:mm') : '—';
}
