import type { ConsultationStatus } from '../api';

export const STATUS_COLORS: Record<ConsultationStatus, string> = {
  DRAFT: 'default',
  PUBLISHED: 'processing',
  CONCLUDED: 'success',
  CANCELLED: 'error',
};
