import type { RegulationStatus } from '../api';

export const STATUS_COLORS: Record<RegulationStatus, string> = {
  DRAFTING: 'default',
  IN_CONSULTATION: 'processing',
  ISSUED: 'success',
  REVISED: 'warning',
  REPEALED: 'error',
};

/** Dates as everywhere in the app (lib/dates): 10/03/2024. */
export { formatDate } from '@/lib/dates';
