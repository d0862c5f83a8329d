import { Tag, Tooltip } from 'antd';
import { formatDateTime } from '@/lib/dates';
import { useI18n } from '@/lib/i18n';
import type { Feedback } from '../api';
import { isOpen } from './operations';

type Deadlines = Pick<Feedback, 'status' | 'overdue' | 'acknowledgedAt' | 'acknowledgeDueAt' | 'answerDueAt'>;

/** The next deadline of an open feedback: acknowledge by, answer by, or overdue in red. */
export function DeadlineBadge({ feedback }: { feedback: Deadlines }) {
  const { t } = useI18n();
  if (!isOpen(feedback.status)) {
    return null;
  }
  const acknowledging = !feedback.acknowledgedAt;
  const due = acknowledging ? feedback.acknowledgeDueAt : feedback.answerDueAt;
  const label = acknowledging ? 'feedback.deadline.acknowledge' : 'feedback.deadline.answer';
  if (feedback.overdue) {
    return (
      <Tooltip title={t(label, { at: formatDateTime(due) })}>
        <Tag color="red" data-testid="deadline-overdue">
          {t('feedback.deadline.overdue')}
        </Tag>
      </Tooltip>
    );
  }
  return <Tag color={acknowledging ? 'orange' : 'blue'}>{t(label, { at: formatDateTime(due) })}</Tag>;
}
