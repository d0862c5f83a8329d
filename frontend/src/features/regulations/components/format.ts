import type { RegulationStatus } from '../api';

export const STATUS_COLORS: Record<RegulationStatus, string> = {
  DRAFTING: 'default',
  IN_CONSULTATION: 'processing',
  ISSUED: 'success',
  REVISED: 'warning',
  REPEALED: 'error',
};

/** `2024-03-10` as `10/03/2024`, the way Vietnamese documents write dates. */
export function formatDate(date: string | null | undefined) {
  if (!date) {
    return '—';
  }
  const [year, month, day] = date.split('-');
  return `${day}/${month}/${year}`;
}
