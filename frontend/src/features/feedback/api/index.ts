export { feedbackKeys } from './keys';
export {
  CHANNELS,
  PRIORITIES,
  REJECT_REASONS,
  STAFF_CHANNELS,
  type Channel,
  type Feedback,
  type FeedbackListParams,
  type HistoryEntry,
  type Priority,
  type RejectReason,
  type UnitRef,
} from './types';
export { useFeedback } from './useFeedback';
export { useFeedbackHistory } from './useFeedbackHistory';
export { useFeedbackList } from './useFeedbackList';
export { useFeedbackOperation, type FeedbackOperation, type FeedbackVerb } from './useFeedbackOperation';
export { useRecordFeedback } from './useRecordFeedback';
