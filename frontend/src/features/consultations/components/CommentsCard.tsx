import { Button, Card, Flex, Form, Input, List, Select, Tag, Typography } from 'antd';
import { useState } from 'react';
import { ProblemAlert } from '@/components/ProblemAlert';
import { formatDateTime } from '@/lib/dates';
import { COMMENT_OUTCOMES, COMMENT_OUTCOME_COLORS, type CommentOutcome } from '@/lib/democracy';
import { useI18n } from '@/lib/i18n';
import { useAnswerComment, useConsultationComments, type Consultation, type ConsultationComment } from '../api';

/**
 * The comments received and, once the consultation closed, the unit's answer to each (tiếp thu, giải trình).
 * Whether a comment may be answered now is the API's word (its `allowedActions`, ConsultationCommentActions).
 */
export function CommentsCard({ consultation }: { consultation: Consultation }) {
  const { t } = useI18n();
  const [page, setPage] = useState(0);
  const comments = useConsultationComments(consultation.id, page);
  const counts = consultation.comments;
  return (
    <Card
      size="small"
      title={t('consultations.field.comments')}
      extra={
        counts && (
          <Typography.Text type="secondary">
            {counts.total ?? 0} · {t('consultations.unanswered', { count: counts.unanswered ?? 0 })}
          </Typography.Text>
        )
      }
    >
      <ProblemAlert error={comments.error} />
      {consultation.status === 'PUBLISHED' && consultation.window !== 'CLOSED' && (
        <Typography.Paragraph type="secondary">{t('consultations.answerAfterClose')}</Typography.Paragraph>
      )}
      <List
        loading={comments.isFetching}
        dataSource={comments.data?.items ?? []}
        locale={{ emptyText: t('portal.result.empty') }}
        pagination={
          (comments.data?.total ?? 0) > 20
            ? {
                current: page + 1,
                pageSize: 20,
                total: comments.data?.total,
                onChange: (next) => setPage(next - 1),
                size: 'small',
              }
            : false
        }
        renderItem={(comment) => (
          <List.Item style={{ display: 'block' }}>
            <CommentItem
              consultationId={consultation.id}
              comment={comment}
              answerable={comment.allowedActions.includes('answer')}
            />
          </List.Item>
        )}
      />
    </Card>
  );
}

interface AnswerValues {
  outcome: CommentOutcome;
  explanation: string;
}

function CommentItem({
  consultationId,
  comment,
  answerable,
}: {
  consultationId: number;
  comment: ConsultationComment;
  answerable: boolean;
}) {
  const { t } = useI18n();
  const answer = useAnswerComment(consultationId);
  const [editing, setEditing] = useState(false);
  const author = comment.author;
  return (
    <div data-testid={`comment-${comment.id}`}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {formatDateTime(comment.receivedAt)}
        {author ? ` · ${[author.name, author.phone, author.email].filter(Boolean).join(' · ')}` : ''}
      </Typography.Text>
      <Typography.Paragraph className="portal-text" style={{ marginBlock: 4 }}>
        {comment.text}
      </Typography.Paragraph>
      {comment.outcome && !editing && (
        <div style={{ borderInlineStart: '3px solid #e8e8e8', paddingInlineStart: 10 }}>
          <Tag color={COMMENT_OUTCOME_COLORS[comment.outcome]}>{t(`commentOutcome.${comment.outcome}`)}</Tag>
          <Typography.Paragraph className="portal-text" style={{ marginBlock: 4 }}>
            {comment.explanation}
          </Typography.Paragraph>
        </div>
      )}
      {answerable && !editing && (
        <Button size="small" onClick={() => setEditing(true)}>
          {comment.outcome ? t('consultations.answer.change') : t('consultations.answer.record')}
        </Button>
      )}
      {answerable && editing && (
        <Form<AnswerValues>
          layout="vertical"
          initialValues={{ outcome: comment.outcome ?? undefined, explanation: comment.explanation ?? '' }}
          onFinish={(values) =>
            answer.mutate(
              {
                commentId: comment.id,
                body: { outcome: values.outcome, explanation: values.explanation.trim(), version: comment.version },
              },
              { onSuccess: () => setEditing(false) },
            )
          }
          style={{ marginTop: 8 }}
        >
          <ProblemAlert error={answer.error} />
          <Form.Item
            name="outcome"
            label={t('consultations.answer.outcome')}
            rules={[{ required: true, message: t('error.required', { field: t('consultations.answer.outcome') }) }]}
          >
            <Select<CommentOutcome>
              options={COMMENT_OUTCOMES.map((value) => ({ value, label: t(`commentOutcome.${value}`) }))}
            />
          </Form.Item>
          <Form.Item
            name="explanation"
            label={t('consultations.answer.explanation')}
            rules={[
              {
                required: true,
                whitespace: true,
                message: t('error.required', { field: t('consultations.answer.explanation') }),
              },
            ]}
          >
            <Input.TextArea maxLength={4000} showCount autoSize={{ minRows: 3, maxRows: 10 }} />
          </Form.Item>
          <Flex gap={8}>
            <Button type="primary" htmlType="submit" loading={answer.isPending}>
              {t('common.save')}
            </Button>
            <Button onClick={() => setEditing(false)}>{t('common.cancel')}</Button>
          </Flex>
        </Form>
      )}
    </div>
  );
}
