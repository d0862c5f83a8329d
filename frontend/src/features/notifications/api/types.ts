import type { components } from '@/api';

export type Notification = components['schemas']['Notification'];
export type NotificationPreferences = components['schemas']['NotificationPreferences'];
export type NotificationDelivery = components['schemas']['NotificationDelivery'];

export interface Page<T> {
  items: T[];
  page: number;
  size: number;
  total: number;
}

/** The events staff are told of, in the order the preferences page lists them. */
export const STAFF_EVENTS = [
  'feedback.received',
  'feedback.overdue',
  'consultation.commented',
  'inspection.recommendation-due',
] as const;
export type StaffEvent = (typeof STAFF_EVENTS)[number];

export const DELIVERIES: NotificationDelivery[] = ['MAIL', 'DIGEST', 'APP', 'NONE'];

/** How often the bell asks for the unread count. */
export const UNREAD_POLL_MS = 30_000;

/** The page of the SPA that shows what a notification is about. */
export function notificationLink(n: Notification): string | null {
  if (n.recordType === 'consultation' && n.recordId != null) {
    return `/consultations/${n.recordId}`;
  }
  if (n.recordType === 'inspection' && n.recordId != null) {
    return `/inspections/${n.recordId}`;
  }
  const feedbackId = n.feedbackId ?? (n.recordType === 'feedback' ? n.recordId : null);
  return feedbackId != null ? `/feedback/${feedbackId}` : null;
}
