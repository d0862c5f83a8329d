import { formatDate, formatDateTime } from '@/lib/dates';
import { currentLanguage, useI18n, type Language } from '@/lib/i18n';

/**
 * The one way numbers and dates are written on screen, per language: Vietnamese 8.542 · 95,2% ·
 * 10/03/2024; English 8,542 · 95.2% · 10/03/2024 (dates are day first in both, as in Vietnam).
 */
export interface Formatter {
  /** A count: 8.542. `—` for nothing. */
  count(value: number | null | undefined): string;
  /** A measure with up to `digits` decimals: 4,25. */
  decimal(value: number | null | undefined, digits?: number): string;
  /** A share from 0 to 1 as a percentage: 95,2%. */
  percent(share: number | null | undefined): string;
  /** An ISO date (2024-03-10) as 10/03/2024. */
  date(value: string | null | undefined): string;
  /** An instant as 10/03/2024 14:05 in the reader's time zone. */
  dateTime(value: string | null | undefined): string;
  /** A period: 01/01/2024 – 31/12/2024. */
  period(from: string | null | undefined, to: string | null | undefined): string;
  /** A month (1–12) of a year, short: T3/2024 or Mar 2024. */
  month(year: number, month: number): string;
}

const NOTHING = '—';
const NUMBER_LOCALE: Record<Language, string> = { vi: 'vi-VN', en: 'en-GB' };
const cache = new Map<Language, Formatter>();

export function formatterFor(language: Language): Formatter {
  const cached = cache.get(language);
  if (cached) {
    return cached;
  }
  const locale = NUMBER_LOCALE[language];
  const count = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const decimals = new Map<number, Intl.NumberFormat>();
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const formatter: Formatter = {
    count: (value) => (value == null ? NOTHING : count.format(value)),
    decimal: (value, digits = 2) => {
      if (value == null) {
        return NOTHING;
      }
      let format = decimals.get(digits);
      if (!format) {
        format = new Intl.NumberFormat(locale, { maximumFractionDigits: digits });
        decimals.set(digits, format);
      }
      return format.format(value);
    },
    percent: (share) => (share == null ? NOTHING : percent.format(share)),
    date: formatDate,
    dateTime: formatDateTime,
    period: (from, to) => `${formatter.date(from)} – ${formatter.date(to)}`,
    month: (year, month) =>
      language === 'vi'
        ? `T${month}/${year}`
        : new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric' }).format(new Date(year, month - 1, 1)),
  };
  cache.set(language, formatter);
  return formatter;
}

/** The formatter of the language on screen. */
export function useFormat(): Formatter {
  return formatterFor(useI18n().language);
}

/**
 * A count in the language on screen, for code that has no formatter at hand (a table's total, a
 * column's render): 8.542 in Vietnamese, 8,542 in English.
 */
export function formatCount(value: number | null | undefined): string {
  return formatterFor(currentLanguage()).count(value);
}
