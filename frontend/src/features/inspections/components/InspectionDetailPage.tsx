import { EditOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Flex, Result, Skeleton, Space, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { AttachmentsPanel } from '@/components/attachments/AttachmentsPanel';
import { BackToList } from '@/components/BackToList';
import { ProblemAlert } from '@/components/ProblemAlert';
import { canWriteInspections, useAuth } from '@/lib/auth';
import { useI18n } from '@/lib/i18n';
import { useInspection, type Inspection } from '../api';
import { ConclusionPanel } from './ConclusionPanel';
import { showDate } from './dates';
import { DisciplinaryActionsPanel, subjectOf } from './DisciplinaryActionsPanel';
import { HistoryPanel } from './HistoryPanel';
import { InspectionFormDrawer, type InspectionFormTarget } from './InspectionFormDrawer';
import { StatusSteps, TransitionBar } from './InspectionWorkflow';
import { STATUS_COLORS } from './InspectionsTable';
import { mayEditPlan } from './workflow';

function period(from: string | null | undefined, to: string | null | undefined) {
  return from || to ? `${showDate(from)} – ${showDate(to)}` : '—';
}

function Overview({ inspection }: { inspection: Inspection }) {
  const { t } = useI18n();
  const subject = inspection.subject;
  // A viewer sees a member subject only as the member's organisation.
  const subjectText =
    subject?.type === 'MEMBER'
      ? subject.member
        ? `${subject.member.fullName} (${subject.member.partyCardNumber}) – ${subject.organization?.name ?? ''}`
        : t('inspection.memberHidden', { organization: subject.organization?.name ?? '' })
      : (subject?.organization?.name ?? '—');
  return (
    <Descriptions
      size="small"
      bordered
      column={{ xs: 1, md: 2 }}
      items={[
        { key: 'kind', label: t('inspection.field.kind'), children: t(`inspectionKind.${inspection.kind}`) },
        { key: 'form', label: t('inspection.field.form'), children: t(`inspectionForm.${inspection.form}`) },
        {
          key: 'subject',
          label: `${t('inspection.field.subject')} (${t(`subjectType.${subject?.type ?? 'ORGANIZATION'}`)})`,
          children: subjectText,
          span: 2,
        },
        { key: 'unit', label: t('inspection.field.unit'), children: inspection.unit?.name ?? '—' },
        { key: 'year', label: t('inspection.field.planYear'), children: inspection.planYear },
        {
          key: 'conductor',
          label: t('inspection.field.conductingOrganization'),
          children: `${inspection.conductingOrganization?.name ?? '—'}${
            inspection.conductingBody ? ` · ${t(`conductingBody.${inspection.conductingBody}`)}` : ''
          }`,
          span: 2,
        },
        ...(inspection.originSupervisionId != null
          ? [
              {
                key: 'origin',
                label: t('inspection.field.originSupervision'),
                children: (
                  <Link to={`/inspections/${inspection.originSupervisionId}`}>#{inspection.originSupervisionId}</Link>
                ),
                span: 2,
              },
            ]
          : []),
        {
          key: 'planned',
          label: t('inspection.field.plannedPeriod'),
          children: period(inspection.plannedStart, inspection.plannedEnd),
        },
        {
          key: 'actual',
          label: t('inspection.field.actualPeriod'),
          children: period(inspection.actualStart, inspection.actualEnd),
        },
        { key: 'topic', label: t('inspection.field.topic'), children: inspection.topic ?? '—', span: 2 },
        {
          key: 'team',
          label: t('inspection.field.teamMembers'),
          children: (inspection.teamMembers ?? []).length > 0 ? (inspection.teamMembers ?? []).join(', ') : '—',
          span: 2,
        },
      ]}
    />
  );
}

/** One inspection: where it stands, what it may do next, its conclusion, discipline and history. */
export function InspectionDetailPage() {
  const { t } = useI18n();
  const params = useParams();
  const id = Number(params.id);
  const valid = Number.isInteger(id) && id > 0;
  const inspectionQuery = useInspection(valid ? id : undefined);
  const [formTarget, setFormTarget] = useState<InspectionFormTarget | null>(null);
  const inspection = inspectionQuery.data;
  const { roles } = useAuth();

  const back = <BackToList path="/inspections" label={t('inspection.back')} />;

  if (!valid) {
    return <Result status="404" subTitle={t('error.notFound')} extra={back} />;
  }
  if (inspectionQuery.error) {
    return (
      <Flex vertical gap={16}>
        {back}
        <ProblemAlert error={inspectionQuery.error} />
      </Flex>
    );
  }
  if (!inspection) {
    return <Skeleton active paragraph={{ rows: 8 }} />;
  }

  const subject = subjectOf(inspection);
  const subjectKnown = subject.memberId !== undefined || subject.organizationId !== undefined;
  return (
    <Flex vertical gap={16}>
      {back}
      <Flex justify="space-between" align="flex-start" wrap gap={12}>
        <Space direction="vertical" size={4}>
          <Typography.Title level={1} className="page-title" style={{ margin: 0 }}>
            {inspection.topic}
          </Typography.Title>
          <Space wrap size={4}>
            <Tag color={inspection.kind === 'INSPECTION' ? 'volcano' : 'blue'} variant="outlined">
              {t(`inspectionKind.${inspection.kind}`)}
            </Tag>
            <Tag>{t(`inspectionForm.${inspection.form}`)}</Tag>
            <Tag color={STATUS_COLORS[inspection.status]} data-testid="inspection-status">
              {t(`inspectionStatus.${inspection.status}`)}
            </Tag>
          </Space>
        </Space>
        <Space wrap>
          {mayEditPlan(inspection) && (
            <Button icon={<EditOutlined />} onClick={() => setFormTarget({ mode: 'edit', id: inspection.id })}>
              {t('common.edit')}
            </Button>
          )}
          <TransitionBar inspection={inspection} />
        </Space>
      </Flex>
      <Card size="small">
        <StatusSteps inspection={inspection} />
      </Card>
      <Card size="small">
        <Tabs
          items={[
            { key: 'overview', label: t('inspection.tab.overview'), children: <Overview inspection={inspection} /> },
            {
              key: 'conclusion',
              label: t('inspection.tab.conclusion'),
              children: (
                <Flex vertical gap={16}>
                  <ConclusionPanel inspection={inspection} />
                  <AttachmentsPanel
                    kind="inspection-conclusion"
                    ownerId={inspection.id}
                    title={t('attachments.conclusion')}
                    canUpload={canWriteInspections(roles)}
                    visibilities={['STAFF']}
                  />
                </Flex>
              ),
            },
            // A viewer sees a member subject only as an organisation, so not the member's actions either.
            ...(subjectKnown
              ? [
                  {
                    key: 'actions',
                    label: t('inspection.tab.actions'),
                    children: <DisciplinaryActionsPanel inspection={inspection} />,
                  },
                ]
              : []),
            {
              key: 'history',
              label: t('inspection.tab.history'),
              children: <HistoryPanel inspectionId={inspection.id} />,
              destroyOnHidden: true,
            },
          ]}
        />
      </Card>
      {mayEditPlan(inspection) && <InspectionFormDrawer target={formTarget} onClose={() => setFormTarget(null)} />}
    </Flex>
  );
}

export default InspectionDetailPage;
