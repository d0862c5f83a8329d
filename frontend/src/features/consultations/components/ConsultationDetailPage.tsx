import { App, Button, Card, Col, Descriptions, Flex, Row, Tag, Typography } from 'antd';
import { useParams } from 'react-router-dom';
import { AttachmentsPanel } from '@/components/attachments/AttachmentsPanel';
import { BackToList } from '@/components/BackToList';
import { HistoryCard } from '@/components/HistoryTimeline';
import { ProblemAlert } from '@/components/ProblemAlert';
import { canHandleFeedback, useAuth } from '@/lib/auth';
import { formatDate, formatDateTime } from '@/lib/dates';
import { showsWindow, WINDOW_COLORS } from '@/lib/democracy';
import { useI18n, type MessageKey } from '@/lib/i18n';
import {
  useConsultation,
  useConsultationHistory,
  useConsultationTransition,
  type Consultation,
  type ConsultationVerb,
} from '../api';
import { CommentsCard } from './CommentsCard';
import { CONSULTATION_HISTORY } from './historyVocabulary';
import { STATUS_COLORS } from './statusColors';

const VERB_LABELS: Record<ConsultationVerb, MessageKey> = {
  publish: 'consultations.op.publish',
  conclude: 'consultations.op.conclude',
  cancel: 'consultations.op.cancel',
};

/** The state changes, in the order their buttons are offered; their wire names are the SPA's verbs. */
const VERBS: readonly ConsultationVerb[] = ['publish', 'conclude', 'cancel'];

/** The state changes the API allows the caller now (`allowedActions`); it still decides (409 with the reason). */
export function allowedTransitions(consultation: Pick<Consultation, 'allowedActions'>): ConsultationVerb[] {
  return VERBS.filter((verb) => consultation.allowedActions.includes(verb));
}

export function ConsultationDetailPage() {
  const { t } = useI18n();
  const { roles } = useAuth();
  const { modal, message } = App.useApp();
  const id = Number(useParams().id);
  const consultation = useConsultation(id);
  const history = useConsultationHistory(id);
  const transition = useConsultationTransition(id);
  const data = consultation.data;
  const handler = canHandleFeedback(roles);

  const run = (verb: ConsultationVerb, version: number) =>
    modal.confirm({
      title: t(VERB_LABELS[verb]),
      content: t(`consultations.op.${verb}Confirm`),
      onOk: () =>
        transition.mutateAsync({ verb, version }).then(
          () => message.success(t('feedback.op.done', { op: t(VERB_LABELS[verb]) })),
          () => undefined,
        ),
    });

  return (
    <Flex vertical gap={16}>
      <BackToList path="/consultations" label={t('consultations.back')} />
      <ProblemAlert error={consultation.error} />
      {!data && !consultation.error && <Card loading />}
      {data && (
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={16}>
            <Flex vertical gap={16}>
              <Card
                title={
                  <Flex vertical>
                    <Typography.Title
                      level={1}
                      className="page-title"
                      style={{ margin: 0, fontSize: 20, whiteSpace: 'normal' }}
                    >
                      {data.title}
                    </Typography.Title>
                    <Flex gap={6} wrap style={{ marginTop: 4 }}>
                      <Tag color={STATUS_COLORS[data.status]} data-testid="consultation-status">
                        {t(`consultationStatus.${data.status}`)}
                      </Tag>
                      {showsWindow(data.status) && (
                        <Tag color={WINDOW_COLORS[data.window]}>{t(`consultationWindow.${data.window}`)}</Tag>
                      )}
                    </Flex>
                  </Flex>
                }
              >
                <Descriptions
                  size="small"
                  column={{ xs: 1, sm: 2 }}
                  items={[
                    { key: 'unit', label: t('feedback.column.unit'), children: data.unit?.name ?? '—' },
                    { key: 'kind', label: t('consultations.field.kind'), children: t(`consultationKind.${data.kind}`) },
                    {
                      key: 'period',
                      label: t('consultations.field.period'),
                      children: `${formatDate(data.opensOn)} – ${formatDate(data.closesOn)}`,
                    },
                    {
                      key: 'published',
                      label: t('consultations.field.publishedAt'),
                      children: formatDateTime(data.publishedAt),
                    },
                  ]}
                />
                <Typography.Paragraph
                  className="portal-text"
                  style={{ maxHeight: 480, overflow: 'auto', marginTop: 12 }}
                >
                  {data.text}
                </Typography.Paragraph>
                {allowedTransitions(data).length > 0 && (
                  <>
                    {!transition.isPending && <ProblemAlert error={transition.error} />}
                    <Flex gap={8} wrap>
                      {allowedTransitions(data).map((verb) => (
                        <Button
                          key={verb}
                          type={verb === 'cancel' ? 'default' : 'primary'}
                          danger={verb === 'cancel'}
                          onClick={() => run(verb, data.version)}
                        >
                          {t(VERB_LABELS[verb])}
                        </Button>
                      ))}
                    </Flex>
                  </>
                )}
              </Card>
              {data.status !== 'DRAFT' && <CommentsCard consultation={data} />}
              <AttachmentsPanel
                kind="consultation"
                ownerId={data.id}
                title={t('attachments.draft')}
                canUpload={handler}
                visibilities={['STAFF']}
              />
              {data.status !== 'DRAFT' && (
                <AttachmentsPanel
                  kind="consultation-result"
                  ownerId={data.id}
                  title={t('attachments.result')}
                  canUpload={handler}
                  visibilities={['STAFF']}
                />
              )}
            </Flex>
          </Col>
          <Col xs={24} lg={8}>
            <HistoryCard entries={history.data?.items} error={history.error} vocabulary={CONSULTATION_HISTORY} />
          </Col>
        </Row>
      )}
    </Flex>
  );
}

export default ConsultationDetailPage;
