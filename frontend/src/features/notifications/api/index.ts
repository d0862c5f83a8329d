export { notificationKeys, type NotificationListParams } from './keys';
export {
  DELIVERIES,
  STAFF_EVENTS,
  UNREAD_POLL_MS,
  notificationLink,
  type Notification,
  type NotificationDelivery,
  type NotificationPreferences,
  type Page,
  type StaffEvent,
} from './types';
export { useMarkAllRead, useMarkRead } from './useMarkRead';
export { useNotifications } from './useNotifications';
export { usePreferences, useSavePreferences } from './usePreferences';
export { useUnreadCount } from './useUnreadCount';
