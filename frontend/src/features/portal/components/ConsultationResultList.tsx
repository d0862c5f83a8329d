import { Card, Descriptions, List, Tag, Typography } from 'antd';
import { useState } from 'react';
import { ProblemAlert } from '@/components/ProblemAlert';
import { formatDateTime } from '@/lib/dates';
import { COMMENT_OUTCOME_COLORS } from '@/lib/democracy';
import { useI18n } from '@/lib/i18n';
import { useConsultationResult } from '../api';

/** Kết quả tiếp thu, giải trình: every comment with the unit's answer. */
export function ConsultationResultList({ consultationId, concluded }: { consultationId: number; concluded: boolean }) {
  const { t } = useI18n();
  const [page, setPage] = useState(0);
  const result = useConsultationResult(consultationId, page, true);
  const counts = result.data?.counts;
  return (
    <Card
      title={t('portal.result.title')}
      size="small"
      extra={concluded ? <Tag color="green">{t('portal.consultations.concluded')}</Tag> : null}
    >
      <ProblemAlert error={result.error} />
      {counts && (
        <Descriptions
          size="small"
          column={{ xs: 2, sm: 5 }}
          items={[
            { key: 'total', label: t('portal.result.total'), children: counts.total ?? 0 },
            { key: 'accepted', label: t('commentOutcome.ACCEPTED'), children: counts.accepted ?? 0 },
            { key: 'partly', label: t('commentOutcome.PARTLY_ACCEPTED'), children: counts.partlyAccepted ?? 0 },
            { key: 'not', label: t('commentOutcome.NOT_ACCEPTED'), children: counts.notAccepted ?? 0 },
            { key: 'open', label: t('portal.result.unanswered'), children: counts.unanswered ?? 0 },
          ]}
        />
      )}
      <List
        loading={result.isFetching}
        dataSource={result.data?.comments.items ?? []}
        locale={{ emptyText: t('portal.result.empty') }}
        pagination={
          (result.data?.comments.total ?? 0) > 20
            ? {
                current: page + 1,
                pageSize: 20,
                total: result.data?.comments.total,
                onChange: (next) => setPage(next - 1),
                size: 'small',
              }
            : false
        }
        renderItem={(comment, index) => (
          <List.Item style={{ display: 'block' }}>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              #{page * 20 + index + 1} · {formatDateTime(comment.receivedAt)}
            </Typography.Text>
            <Typography.Paragraph className="portal-text" style={{ marginBlock: 4 }}>
              {comment.text}
            </Typography.Paragraph>
            <div style={{ borderInlineStart: '3px solid #e8e8e8', paddingInlineStart: 10 }}>
              {comment.outcome ? (
                <>
                  <Tag color={COMMENT_OUTCOME_COLORS[comment.outcome]}>{t(`commentOutcome.${comment.outcome}`)}</Tag>
                  <Typography.Paragraph className="portal-text" style={{ marginBlock: 4 }}>
                    {comment.explanation}
                  </Typography.Paragraph>
                </>
              ) : (
                <Typography.Text type="secondary">{t('portal.result.notAnswered')}</Typography.Text>
              )}
            </div>
          </List.Item>
        )}
      />
    </Card>
  );
}
