import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Descriptions,
  Empty,
  Flex,
  Form,
  Input,
  Radio,
  Row,
  Skeleton,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { ProblemAlert } from '@/components/ProblemAlert';
import { UnitTreeSelect } from '@/components/UnitTreeSelect';
import { useFormProblems } from '@/components/useFormProblems';
import { useAuth } from '@/lib/auth';
import { useI18n } from '@/lib/i18n';
import {
  useConclusion,
  useSaveConclusion,
  type Conclusion,
  type ConclusionRequest,
  type Inspection,
  type Recommendation,
  type RecommendationStatus,
} from '../api';
import { DATE_FORMAT, fromIso, showDate, toIso } from './dates';
import { RecommendationDoneModal } from './RecommendationDoneModal';
import { mayEditConclusion } from './workflow';

interface RecommendationValues {
  content: string;
  responsibleUnitId: number;
  dueDate: Dayjs;
  doneOn?: Dayjs | null;
}

interface ConclusionValues {
  violationFound: boolean;
  findings: string;
  recommendations: RecommendationValues[];
}

const FORM_FIELDS = [
  'violationFound',
  'findings',
  'recommendations',
  'content',
  'responsibleUnitId',
  'dueDate',
  'doneOn',
];

const STATUS_COLORS: Record<RecommendationStatus, string> = { OPEN: 'processing', DONE: 'success', OVERDUE: 'error' };

export function toConclusionRequest(values: ConclusionValues, version: number | undefined): ConclusionRequest {
  return {
    violationFound: values.violationFound,
    findings: values.findings.trim(),
    recommendations: (values.recommendations ?? []).map((r) => ({
      content: r.content.trim(),
      responsibleUnitId: r.responsibleUnitId,
      dueDate: toIso(r.dueDate) as string,
      doneOn: toIso(r.doneOn),
    })),
    version,
  };
}

function toValues(conclusion: Conclusion | undefined): ConclusionValues {
  return {
    violationFound: conclusion?.violationFound ?? false,
    findings: conclusion?.findings ?? '',
    recommendations: (conclusion?.recommendations ?? []).map((r) => ({
      content: r.content,
      responsibleUnitId: r.responsibleUnit?.id as number,
      dueDate: dayjs(r.dueDate),
      doneOn: fromIso(r.doneOn) ?? null,
    })),
  };
}

/** Inspectors, admin and the responsible unit's officer follow a recommendation up once the inspection is concluded. */
const FOLLOWS_UP: readonly string[] = ['admin', 'inspector', 'officer'];

function RecommendationsTable({
  recommendations,
  onMarkDone,
}: {
  recommendations: Recommendation[];
  onMarkDone?: (recommendation: Recommendation) => void;
}) {
  const { t } = useI18n();
  return (
    <Table<Recommendation>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={recommendations}
      locale={{ emptyText: t('conclusion.recommendations.empty') }}
      columns={[
        { title: t('recommendation.content'), dataIndex: 'content', key: 'content' },
        {
          title: t('recommendation.responsibleUnit'),
          key: 'unit',
          render: (_: unknown, r) => r.responsibleUnit?.name ?? '—',
        },
        { title: t('recommendation.dueDate'), key: 'due', width: 120, render: (_: unknown, r) => showDate(r.dueDate) },
        { title: t('recommendation.doneOn'), key: 'done', width: 130, render: (_: unknown, r) => showDate(r.doneOn) },
        {
          title: t('recommendation.status'),
          key: 'status',
          width: 140,
          render: (_: unknown, r) => <Tag color={STATUS_COLORS[r.status]}>{t(`recommendationStatus.${r.status}`)}</Tag>,
        },
        {
          title: t('recommendation.evidence'),
          key: 'evidence',
          render: (_: unknown, r) => r.evidence ?? '',
        },
        ...(onMarkDone
          ? [
              {
                title: t('common.actions'),
                key: 'actions',
                width: 170,
                render: (_: unknown, r: Recommendation) =>
                  r.status !== 'DONE' && (
                    <Button size="small" onClick={() => onMarkDone(r)}>
                      {t('recommendation.done.action')}
                    </Button>
                  ),
              },
            ]
          : []),
      ]}
    />
  );
}

/**
 * The conclusion (kết luận): violation or not, findings, recommendations with their follow-up. Saving
 * carries the version that was read, so a save over someone else's newer one is refused and offers the
 * latest instead of overwriting it.
 */
export function ConclusionPanel({ inspection }: { inspection: Inspection }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const conclusionQuery = useConclusion(inspection.id, inspection.hasConclusion === true);
  const save = useSaveConclusion();
  const [form] = Form.useForm<ConclusionValues>();
  const [editing, setEditing] = useState(false);
  const [baseVersion, setBaseVersion] = useState<number | undefined>();
  const problems = useFormProblems(form, FORM_FIELDS);
  const conclusion = inspection.hasConclusion ? conclusionQuery.data : undefined;
  const mayEdit = mayEditConclusion(inspection);
  const { roles } = useAuth();
  const mayFollowUp =
    (inspection.status === 'CONCLUDED' || inspection.status === 'CLOSED') &&
    roles.some((role) => FOLLOWS_UP.includes(role));
  const [markingDone, setMarkingDone] = useState<Recommendation | null>(null);

  const startEditing = (from: Conclusion | undefined) => {
    problems.clear();
    setBaseVersion(from?.version);
    form.resetFields();
    form.setFieldsValue(toValues(from));
    setEditing(true);
  };

  const reloadLatest = async () => {
    const fresh = await conclusionQuery.refetch();
    startEditing(fresh.data);
  };

  const submit = async (values: ConclusionValues) => {
    problems.clear();
    try {
      await save.mutateAsync({ id: inspection.id, body: toConclusionRequest(values, baseVersion) });
      message.success(t('conclusion.saved'));
      setEditing(false);
    } catch (failure) {
      problems.show(failure);
    }
  };

  if (inspection.hasConclusion && conclusionQuery.isPending) {
    return <Skeleton active paragraph={{ rows: 4 }} />;
  }

  if (editing) {
    return (
      <Card size="small" title={conclusion ? t('conclusion.edit') : t('conclusion.write')}>
        <ProblemAlert
          error={problems.error}
          unmatched={problems.unmatched}
          message={problems.stale ? t('conclusion.stale') : undefined}
          action={
            problems.stale ? (
              <Button size="small" onClick={reloadLatest} loading={conclusionQuery.isFetching}>
                {t('conclusion.reload')}
              </Button>
            ) : undefined
          }
        />
        <Form<ConclusionValues>
          form={form}
          layout="vertical"
          onFinish={submit}
          disabled={save.isPending}
          name="conclusion"
          validateMessages={{ required: t('error.required', { field: '${label}' }) }}
        >
          <Form.Item name="violationFound" label={t('conclusion.violation')} rules={[{ required: true }]}>
            <Radio.Group
              options={[
                { value: true, label: t('conclusion.violationFound') },
                { value: false, label: t('conclusion.noViolation') },
              ]}
            />
          </Form.Item>
          <Form.Item name="findings" label={t('conclusion.findings')} rules={[{ required: true, whitespace: true }]}>
            <Input.TextArea maxLength={20000} autoSize={{ minRows: 4, maxRows: 12 }} />
          </Form.Item>
          <Typography.Title level={5}>{t('conclusion.recommendations')}</Typography.Title>
          <Form.List name="recommendations">
            {(fields, { add, remove }) => (
              <Flex vertical gap={8}>
                {fields.map((field, index) => (
                  <Card
                    key={field.key}
                    size="small"
                    type="inner"
                    title={t('recommendation.number', { n: index + 1 })}
                    extra={
                      <Button
                        type="text"
                        danger
                        icon={<DeleteOutlined />}
                        aria-label={t('recommendation.remove', { n: index + 1 })}
                        onClick={() => remove(field.name)}
                      />
                    }
                  >
                    <Form.Item
                      name={[field.name, 'content']}
                      label={t('recommendation.content')}
                      rules={[{ required: true, whitespace: true }]}
                    >
                      <Input.TextArea maxLength={2000} autoSize={{ minRows: 1, maxRows: 4 }} />
                    </Form.Item>
                    <Row gutter={12}>
                      <Col xs={24} md={12}>
                        <Form.Item
                          name={[field.name, 'responsibleUnitId']}
                          label={t('recommendation.responsibleUnit')}
                          rules={[{ required: true }]}
                        >
                          <UnitTreeSelect />
                        </Form.Item>
                      </Col>
                      <Col xs={12} md={6}>
                        <Form.Item
                          name={[field.name, 'dueDate']}
                          label={t('recommendation.dueDate')}
                          rules={[{ required: true }]}
                        >
                          <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
                        </Form.Item>
                      </Col>
                      <Col xs={12} md={6}>
                        <Form.Item name={[field.name, 'doneOn']} label={t('recommendation.doneOn')}>
                          <DatePicker
                            format={DATE_FORMAT}
                            disabledDate={(day) => day.isAfter(dayjs(), 'day')}
                            style={{ width: '100%' }}
                          />
                        </Form.Item>
                      </Col>
                    </Row>
                  </Card>
                ))}
                <Button icon={<PlusOutlined />} onClick={() => add()} style={{ alignSelf: 'flex-start' }}>
                  {t('recommendation.add')}
                </Button>
              </Flex>
            )}
          </Form.List>
          <Space style={{ marginTop: 16 }}>
            <Button onClick={() => setEditing(false)}>{t('common.cancel')}</Button>
            <Button type="primary" htmlType="submit" loading={save.isPending}>
              {t('common.save')}
            </Button>
          </Space>
        </Form>
      </Card>
    );
  }

  if (!conclusion) {
    return (
      <Flex vertical gap={12}>
        {conclusionQuery.error && <ProblemAlert error={conclusionQuery.error} />}
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={inspection.status === 'PLANNED' ? t('conclusion.notYet') : t('conclusion.none')}
        >
          {mayEdit && (
            <Button type="primary" onClick={() => startEditing(undefined)}>
              {t('conclusion.write')}
            </Button>
          )}
        </Empty>
      </Flex>
    );
  }

  return (
    <Flex vertical gap={12}>
      <Descriptions
        size="small"
        column={1}
        bordered
        extra={mayEdit && <Button onClick={() => startEditing(conclusion)}>{t('conclusion.edit')}</Button>}
        items={[
          {
            key: 'violation',
            label: t('conclusion.violation'),
            children: conclusion.violationFound ? (
              <Tag color="error">{t('conclusion.violationFound')}</Tag>
            ) : (
              <Tag color="success">{t('conclusion.noViolation')}</Tag>
            ),
          },
          {
            key: 'findings',
            label: t('conclusion.findings'),
            children: (
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
                {conclusion.findings}
              </Typography.Paragraph>
            ),
          },
        ]}
      />
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('conclusion.recommendations')}
      </Typography.Title>
      <RecommendationsTable
        recommendations={conclusion.recommendations}
        onMarkDone={mayFollowUp ? setMarkingDone : undefined}
      />
      <RecommendationDoneModal
        inspectionId={inspection.id}
        recommendation={markingDone}
        onClose={() => setMarkingDone(null)}
      />
    </Flex>
  );
}
