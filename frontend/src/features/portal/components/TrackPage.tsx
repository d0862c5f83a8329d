import { Card, Descriptions, Input, Spin, Tag, Typography } from 'antd';
import { useNavigate, useParams } from 'react-router-dom';
import { ProblemAlert } from '@/components/ProblemAlert';
import { isProblem, useApi } from '@/api';
import { formatDateTime } from '@/lib/dates';
import { FEEDBACK_STATUS_COLORS } from '@/lib/democracy';
import { useI18n } from '@/lib/i18n';
import { publicAttachmentUrl, usePublicAttachments, useTracking, type FeedbackTracking } from '../api';
import { RatingForm } from './RatingForm';

/** Tra cứu: a feedback's status, dates and published answer by its tracking code. */
export function TrackPage() {
  const { t } = useI18n();
  const { code = '' } = useParams();
  const navigate = useNavigate();
  const tracking = useTracking(code.trim());

  return (
    <>
      <Typography.Title level={1} className="page-title">
        {t('portal.track.title')}
      </Typography.Title>
      <Input.Search
        key={code}
        defaultValue={code}
        size="large"
        enterButton={t('portal.track.search')}
        placeholder={t('portal.track.placeholder')}
        aria-label={t('portal.track.placeholder')}
        autoCapitalize="characters"
        onSearch={(value) => {
          const typed = value.trim();
          if (typed) navigate(`/portal/track/${encodeURIComponent(typed)}`);
        }}
        style={{ marginBottom: 16 }}
      />
      {tracking.isFetching && !tracking.data && <Spin style={{ display: 'block', margin: 24 }} />}
      {tracking.error && (
        <ProblemAlert
          error={tracking.error}
          message={isProblem(tracking.error) && tracking.error.status === 404 ? t('portal.track.notFound') : undefined}
        />
      )}
      {tracking.data && <TrackingCard tracking={tracking.data} />}
    </>
  );
}

function TrackingCard({ tracking }: { tracking: FeedbackTracking }) {
  const { t } = useI18n();
  return (
    <Card title={tracking.title} styles={{ title: { whiteSpace: 'normal' } }}>
      <Descriptions
        column={1}
        size="small"
        items={[
          {
            key: 'code',
            label: t('portal.track.code'),
            children: (
              <Typography.Text copyable strong>
                {tracking.trackingCode}
              </Typography.Text>
            ),
          },
          {
            key: 'status',
            label: t('portal.track.status'),
            children: (
              <Tag color={FEEDBACK_STATUS_COLORS[tracking.status]} data-testid="tracking-status">
                {t(`feedbackStatus.${tracking.status}`)}
              </Tag>
            ),
          },
          { key: 'unit', label: t('portal.track.unit'), children: tracking.unit?.name ?? '—' },
          ...(tracking.right
            ? [{ key: 'right', label: t('portal.form.right'), children: t(`right.${tracking.right}`) }]
            : []),
          { key: 'received', label: t('portal.track.received'), children: formatDateTime(tracking.receivedAt) },
          { key: 'ack', label: t('portal.track.acknowledged'), children: formatDateTime(tracking.acknowledgedAt) },
          { key: 'due', label: t('portal.receipt.answerBy'), children: formatDateTime(tracking.answerDueAt) },
          { key: 'answered', label: t('portal.track.answered'), children: formatDateTime(tracking.answeredAt) },
          ...(tracking.closedAt
            ? [{ key: 'closed', label: t('portal.track.closed'), children: formatDateTime(tracking.closedAt) }]
            : []),
        ]}
      />
      {tracking.answer && (
        <section aria-label={t('portal.track.answer')} style={{ marginTop: 16 }}>
          <Typography.Title level={5}>{t('portal.track.answer')}</Typography.Title>
          <Typography.Paragraph className="portal-text" data-testid="tracking-answer">
            {tracking.answer}
          </Typography.Paragraph>
        </section>
      )}
      <PublicFiles code={tracking.trackingCode} />
      {tracking.status === 'REJECTED' && (
        <section style={{ marginTop: 16 }}>
          <Typography.Title level={5}>
            {t('portal.track.rejected')}
            {tracking.rejectReason ? `: ${t(`rejectReason.${tracking.rejectReason}`)}` : ''}
          </Typography.Title>
          {tracking.rejectNote && (
            <Typography.Paragraph className="portal-text">{tracking.rejectNote}</Typography.Paragraph>
          )}
        </section>
      )}
      {tracking.rating != null && (
        <Typography.Paragraph style={{ marginTop: 16 }}>
          {t('portal.rating.given', { score: tracking.rating })}
        </Typography.Paragraph>
      )}
      {tracking.canRate && <RatingForm trackingCode={tracking.trackingCode} />}
    </Card>
  );
}

/** The files the public may see: the sender's public photos and the published answer's documents. */
function PublicFiles({ code }: { code: string }) {
  const { t } = useI18n();
  const api = useApi();
  const files = usePublicAttachments(code);
  if (!files.data || files.data.length === 0) {
    return null;
  }
  return (
    <section aria-label={t('portal.files.public')} style={{ marginTop: 16 }}>
      <Typography.Title level={5}>{t('portal.files.public')}</Typography.Title>
      <ul className="portal-files" data-testid="tracking-files">
        {files.data.map((file) => (
          <li key={file.id}>
            {file.hasThumbnail && (
              <img
                src={publicAttachmentUrl(api, code, file.id, 'thumbnail')}
                alt=""
                width={64}
                style={{ marginRight: 8, verticalAlign: 'middle' }}
              />
            )}
            <a href={publicAttachmentUrl(api, code, file.id)} download={file.fileName}>
              {file.fileName}
            </a>{' '}
            <Typography.Text type="secondary">({formatSize(file.size)})</Typography.Text>
          </li>
        ))}
      </ul>
    </section>
  );
}

function formatSize(bytes: number) {
  return bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

export default TrackPage;
