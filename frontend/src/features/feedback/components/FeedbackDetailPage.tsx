import { Card, Col, Descriptions, Flex, Row, Tag, Typography } from 'antd';
import { useParams } from 'react-router-dom';
import { AttachmentsPanel } from '@/components/attachments/AttachmentsPanel';
import { BackToList } from '@/components/BackToList';
import { HistoryCard } from '@/components/HistoryTimeline';
import { canHandleFeedback, useAuth } from '@/lib/auth';
import { ProblemAlert } from '@/components/ProblemAlert';
import { formatDateTime } from '@/lib/dates';
import { FEEDBACK_STATUS_COLORS } from '@/lib/democracy';
import { useI18n } from '@/lib/i18n';
import { useFeedback, useFeedbackHistory, type Feedback } from '../api';
import { DeadlineBadge } from './DeadlineBadge';
import { FeedbackActions } from './FeedbackActions';
import { FEEDBACK_HISTORY } from './historyVocabulary';

/** One feedback: what was said, where it stands, what may be done now, and who did what. */
export function FeedbackDetailPage() {
  const { t } = useI18n();
  const id = Number(useParams().id);
  const feedback = useFeedback(id);
  const history = useFeedbackHistory(id);
  const { roles } = useAuth();
  const handler = canHandleFeedback(roles);

  return (
    <Flex vertical gap={16}>
      <BackToList path="/feedback" label={t('feedback.backToInbox')} />
      {feedback.error && <ProblemAlert error={feedback.error} />}
      {!feedback.data && !feedback.error && <Card loading />}
      {feedback.data && (
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={16}>
            <Flex vertical gap={16}>
              <FeedbackSummary feedback={feedback.data} />
              <FeedbackActions feedback={feedback.data} />
              <AttachmentsPanel kind="feedback" ownerId={id} canUpload={handler} />
              <AttachmentsPanel
                kind="feedback-answer"
                ownerId={id}
                title={t('attachments.answer')}
                canUpload={handler}
                defaultVisibility="PUBLIC"
              />
            </Flex>
          </Col>
          <Col xs={24} lg={8}>
            <HistoryCard entries={history.data?.items} error={history.error} vocabulary={FEEDBACK_HISTORY} />
          </Col>
        </Row>
      )}
    </Flex>
  );
}

function FeedbackSummary({ feedback }: { feedback: Feedback }) {
  const { t } = useI18n();
  const sender = feedback.sender;
  return (
    <Card
      title={
        <Flex vertical>
          <Typography.Title level={1} className="page-title" style={{ margin: 0, fontSize: 20, whiteSpace: 'normal' }}>
            {feedback.title}
          </Typography.Title>
          <Flex gap={6} wrap style={{ marginTop: 4 }}>
            <Tag color={FEEDBACK_STATUS_COLORS[feedback.status]} data-testid="feedback-status">
              {t(`feedbackStatus.${feedback.status}`)}
            </Tag>
            {feedback.priority === 'URGENT' && <Tag color="volcano">{t('priority.URGENT')}</Tag>}
            <DeadlineBadge feedback={feedback} />
          </Flex>
        </Flex>
      }
    >
      <Typography.Paragraph className="portal-text">{feedback.text}</Typography.Paragraph>
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2 }}
        items={[
          {
            key: 'code',
            label: t('portal.track.code'),
            children: <Typography.Text copyable>{feedback.trackingCode}</Typography.Text>,
          },
          { key: 'unit', label: t('feedback.column.unit'), children: feedback.unit.name },
          { key: 'right', label: t('portal.form.right'), children: t(`right.${feedback.right}`) },
          { key: 'type', label: t('portal.form.type'), children: t(`feedbackType.${feedback.type}`) },
          { key: 'channel', label: t('feedback.field.channel'), children: t(`channel.${feedback.channel}`) },
          { key: 'received', label: t('feedback.column.received'), children: formatDateTime(feedback.receivedAt) },
          {
            key: 'ackDue',
            label: t('feedback.field.acknowledgeDue'),
            children: formatDateTime(feedback.acknowledgeDueAt),
          },
          { key: 'acked', label: t('portal.track.acknowledged'), children: formatDateTime(feedback.acknowledgedAt) },
          { key: 'answerDue', label: t('feedback.field.answerDue'), children: formatDateTime(feedback.answerDueAt) },
          { key: 'assigned', label: t('feedback.field.assignedUnit'), children: feedback.assignedUnit?.name ?? '—' },
          { key: 'assignee', label: t('feedback.field.assignee'), children: feedback.assignee ?? '—' },
          ...(feedback.recordedBy
            ? [{ key: 'recordedBy', label: t('feedback.field.recordedBy'), children: feedback.recordedBy }]
            : []),
          // Only admins ever receive the sender; for everyone else the API sends null.
          ...(sender
            ? [
                {
                  key: 'sender',
                  label: t('feedback.field.sender'),
                  children: [sender.name, sender.phone, sender.email].filter(Boolean).join(' · ') || '—',
                },
              ]
            : feedback.anonymous
              ? [{ key: 'sender', label: t('feedback.field.sender'), children: t('feedback.anonymous') }]
              : []),
        ]}
      />
      {feedback.answer && (
        <section style={{ marginTop: 12 }}>
          <Typography.Title level={5}>
            {t('portal.track.answer')}{' '}
            <Tag>{feedback.answerPublished ? t('feedback.answer.published') : t('feedback.answer.internal')}</Tag>
          </Typography.Title>
          <Typography.Paragraph className="portal-text">{feedback.answer}</Typography.Paragraph>
        </section>
      )}
      {feedback.rejectReason && (
        <Typography.Paragraph>
          <Typography.Text strong>{t(`rejectReason.${feedback.rejectReason}`)}</Typography.Text>
          {feedback.rejectNote ? `: ${feedback.rejectNote}` : ''}
        </Typography.Paragraph>
      )}
      {feedback.rating != null && (
        <Typography.Paragraph>
          {t('feedback.rating', { score: feedback.rating })}
          {feedback.ratingComment ? ` — ${feedback.ratingComment}` : ''}
        </Typography.Paragraph>
      )}
    </Card>
  );
}

export default FeedbackDetailPage;
