import { Button, Flex, Input, Rate, Typography } from 'antd';
import { useState } from 'react';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useI18n } from '@/lib/i18n';
import { useRateFeedback } from '../api';

/** Once the answer is there, the sender says how satisfied they are (1–5), once. */
export function RatingForm({ trackingCode }: { trackingCode: string }) {
  const { t } = useI18n();
  const rate = useRateFeedback();
  const [score, setScore] = useState(0);
  const [comment, setComment] = useState('');
  return (
    <section style={{ marginTop: 16, borderTop: '1px solid #f0f0f0', paddingTop: 12 }}>
      <Typography.Title level={5}>{t('portal.rating.title')}</Typography.Title>
      <ProblemAlert error={rate.error} />
      <Flex vertical gap={24}>
        <Rate value={score} onChange={setScore} aria-label={t('portal.rating.title')} style={{ fontSize: 30 }} />
        <Input.TextArea
          value={comment}
          onChange={(event) => setComment(event.target.value)}
          maxLength={1000}
          showCount
          autoSize={{ minRows: 2, maxRows: 6 }}
          placeholder={t('portal.rating.comment')}
        />
        <Button
          type="primary"
          disabled={score === 0}
          loading={rate.isPending}
          onClick={() => rate.mutate({ trackingCode, score, comment: comment.trim() })}
        >
          {t('portal.rating.submit')}
        </Button>
      </Flex>
    </section>
  );
}
