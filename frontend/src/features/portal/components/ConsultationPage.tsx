import { Card, Flex, Tag, Typography } from 'antd';
import { useParams } from 'react-router-dom';
import { ProblemAlert } from '@/components/ProblemAlert';
import { formatDate } from '@/lib/dates';
import { WINDOW_COLORS } from '@/lib/democracy';
import { useI18n } from '@/lib/i18n';
import { usePublicConsultation } from '../api';
import { CommentForm } from './CommentForm';
import { ConsultationResultList } from './ConsultationResultList';

/** One draft: its text, the comment form while open, every comment and its answer once closed. */
export function ConsultationPage() {
  const { t } = useI18n();
  const id = Number(useParams().id);
  const consultation = usePublicConsultation(id);
  const data = consultation.data;

  if (consultation.error) {
    return <ProblemAlert error={consultation.error} />;
  }
  if (!data) {
    return <Card loading />;
  }
  return (
    <Flex vertical gap={16}>
      <div>
        <Typography.Title level={1} className="page-title" style={{ marginBottom: 4 }}>
          {data.title}
        </Typography.Title>
        <Flex gap={8} wrap align="center">
          <Tag color={WINDOW_COLORS[data.window]}>{t(`consultationWindow.${data.window}`)}</Tag>
          {data.kind && <Tag>{t(`consultationKind.${data.kind}`)}</Tag>}
          <Typography.Text type="secondary">
            {data.unit?.name} ·{' '}
            {t('portal.consultations.period', { from: formatDate(data.opensOn), to: formatDate(data.closesOn) })}
          </Typography.Text>
        </Flex>
      </div>
      <Card title={t('portal.consultations.draft')} size="small">
        <Typography.Paragraph className="portal-text" style={{ marginBottom: 0 }}>
          {data.text}
        </Typography.Paragraph>
      </Card>
      {data.window === 'OPEN' && <CommentForm consultationId={data.id} />}
      {data.window === 'UPCOMING' && (
        <Typography.Paragraph>
          {t('portal.consultations.notYetOpen', { date: formatDate(data.opensOn) })}
        </Typography.Paragraph>
      )}
      {data.window === 'CLOSED' && (
        <ConsultationResultList consultationId={data.id} concluded={data.concluded ?? false} />
      )}
    </Flex>
  );
}

export default ConsultationPage;
