import { PlusOutlined } from '@ant-design/icons';
import { App, Button, DatePicker, Flex, Form, Input, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { ProblemAlert } from '@/components/ProblemAlert';
import { UnitTreeSelect } from '@/components/UnitTreeSelect';
import { useFormProblems } from '@/components/useFormProblems';
import { DATE_FORMAT, formatDate, fromApiDate, toApiDate } from '@/lib/dates';
import { useI18n } from '@/lib/i18n';
import {
  activityKindsOf,
  BUDGET_SOURCES,
  PROJECT_STAGES,
  useAddRecommendation,
  useAnswerRecommendation,
  useBoardActivities,
  useSaveActivity,
  type ActivityKind,
  type Board,
  type BoardActivity,
  type BoardRecommendation,
  type BudgetSource,
  type ProjectStage,
} from '../api';

interface ActivityValues {
  kind: ActivityKind;
  subject: string;
  content?: string;
  startedOn: Dayjs;
  endedOn?: Dayjs | null;
  findings?: string;
  projectName?: string;
  projectInvestor?: string;
  budgetSource?: BudgetSource;
  projectStage?: ProjectStage;
}

interface RecommendationValues {
  content: string;
  addressedToId: number;
  dueOn: Dayjs;
}

interface AnswerValues {
  answer: string;
  answeredOn: Dayjs;
}

const ACTIVITY_FIELDS = [
  'kind',
  'subject',
  'content',
  'startedOn',
  'endedOn',
  'findings',
  'projectName',
  'projectInvestor',
  'budgetSource',
  'projectStage',
];
const RECOMMENDATION_FIELDS = ['content', 'addressedToId', 'dueOn'];
const ANSWER_FIELDS = ['answer', 'answeredOn'];

/** A recommendation's follow-up: answered, overdue (past its day without an answer) or waiting. */
function RecommendationState({ recommendation }: { recommendation: BoardRecommendation }) {
  const { t } = useI18n();
  if (recommendation.answeredOn) {
    return <Tag color="success">{t('boards.recommendation.answered')}</Tag>;
  }
  return recommendation.overdue ? (
    <Tag color="error">{t('boards.recommendation.overdue')}</Tag>
  ) : (
    <Tag color="processing">{t('boards.recommendation.waiting')}</Tag>
  );
}

/**
 * The board's work, newest first: each inspection, supervision, investment supervision (with the
 * project) or social critique, its findings, and its recommendations with the unit's answer.
 */
export function BoardActivitiesTab({
  board,
  mayRecord,
  mayAnswer,
}: {
  board: Board;
  mayRecord: boolean;
  mayAnswer: boolean;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const activities = useBoardActivities(board.id);
  const saveActivity = useSaveActivity();
  const addRecommendation = useAddRecommendation();
  const answer = useAnswerRecommendation();

  const [activityForm] = Form.useForm<ActivityValues>();
  const activityProblems = useFormProblems(activityForm, ACTIVITY_FIELDS);
  const [editing, setEditing] = useState<BoardActivity | 'new' | null>(null);
  const startedOn = Form.useWatch('startedOn', activityForm);
  const kind = Form.useWatch('kind', activityForm);
  const kinds = activityKindsOf(board.kind, toApiDate(startedOn));

  const [recommendationForm] = Form.useForm<RecommendationValues>();
  const recommendationProblems = useFormProblems(recommendationForm, RECOMMENDATION_FIELDS);
  const [recommendingFor, setRecommendingFor] = useState<BoardActivity | null>(null);

  const [answerForm] = Form.useForm<AnswerValues>();
  const answerProblems = useFormProblems(answerForm, ANSWER_FIELDS);
  const [answering, setAnswering] = useState<BoardRecommendation | null>(null);

  const openActivity = (activity: BoardActivity | 'new') => {
    activityProblems.clear();
    activityForm.resetFields();
    if (activity === 'new') {
      const first = activityKindsOf(board.kind, toApiDate(dayjs()))[0];
      activityForm.setFieldsValue({ kind: first, startedOn: dayjs() });
    } else {
      activityForm.setFieldsValue({
        kind: activity.kind,
        subject: activity.subject,
        content: activity.content ?? undefined,
        startedOn: fromApiDate(activity.startedOn) as Dayjs,
        endedOn: fromApiDate(activity.endedOn) ?? null,
        findings: activity.findings ?? undefined,
        projectName: activity.projectName ?? undefined,
        projectInvestor: activity.projectInvestor ?? undefined,
        budgetSource: activity.budgetSource ?? undefined,
        projectStage: activity.projectStage ?? undefined,
      });
    }
    setEditing(activity);
  };

  const submitActivity = async (values: ActivityValues) => {
    activityProblems.clear();
    const activity = editing === 'new' ? undefined : (editing ?? undefined);
    const investment = values.kind === 'INVESTMENT_SUPERVISION';
    try {
      const saved = await saveActivity.mutateAsync({
        boardId: board.id,
        activityId: activity?.id,
        body: {
          kind: values.kind,
          subject: values.subject.trim(),
          content: values.content?.trim() || undefined,
          startedOn: toApiDate(values.startedOn) as string,
          endedOn: toApiDate(values.endedOn) ?? undefined,
          findings: values.findings?.trim() || undefined,
          projectName: investment ? values.projectName?.trim() || undefined : undefined,
          projectInvestor: investment ? values.projectInvestor?.trim() || undefined : undefined,
          budgetSource: investment ? values.budgetSource : undefined,
          projectStage: investment ? values.projectStage : undefined,
          consultationId: activity?.consultationId ?? undefined,
          version: activity?.version,
        },
      });
      message.success(t('boards.activity.saved', { name: saved.subject }));
      setEditing(null);
    } catch (failure) {
      activityProblems.show(failure);
    }
  };

  const openRecommendation = (activity: BoardActivity) => {
    recommendationProblems.clear();
    recommendationForm.resetFields();
    recommendationForm.setFieldsValue({ addressedToId: board.unit.id });
    setRecommendingFor(activity);
  };

  const submitRecommendation = async (values: RecommendationValues) => {
    if (!recommendingFor) return;
    recommendationProblems.clear();
    try {
      await addRecommendation.mutateAsync({
        boardId: board.id,
        activityId: recommendingFor.id,
        body: {
          content: values.content.trim(),
          addressedToId: values.addressedToId,
          dueOn: toApiDate(values.dueOn) as string,
        },
      });
      message.success(t('boards.recommendation.saved'));
      setRecommendingFor(null);
    } catch (failure) {
      recommendationProblems.show(failure);
    }
  };

  const openAnswer = (recommendation: BoardRecommendation) => {
    answerProblems.clear();
    answerForm.resetFields();
    answerForm.setFieldsValue({ answeredOn: dayjs() });
    setAnswering(recommendation);
  };

  const submitAnswer = async (values: AnswerValues) => {
    if (!answering) return;
    answerProblems.clear();
    try {
      await answer.mutateAsync({
        boardId: board.id,
        recommendationId: answering.id,
        body: {
          answer: values.answer.trim(),
          answeredOn: toApiDate(values.answeredOn) as string,
          version: answering.version,
        },
      });
      message.success(t('boards.recommendation.answerSaved'));
      setAnswering(null);
    } catch (failure) {
      answerProblems.show(failure);
    }
  };

  const recommendations = (activity: BoardActivity) => (
    <Flex vertical gap={8}>
      {activity.findings && (
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
          <strong>{t('boards.activity.findings')}:</strong> {activity.findings}
        </Typography.Paragraph>
      )}
      <Table<BoardRecommendation>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={activity.recommendations}
        locale={{ emptyText: t('boards.recommendation.empty') }}
        columns={[
          { title: t('boards.recommendation.content'), dataIndex: 'content', key: 'content' },
          {
            title: t('boards.recommendation.addressedTo'),
            key: 'addressedTo',
            render: (_: unknown, r) => r.addressedTo.name,
          },
          {
            title: t('boards.recommendation.dueOn'),
            key: 'dueOn',
            width: 110,
            render: (_: unknown, r) => formatDate(r.dueOn),
          },
          {
            title: t('boards.recommendation.answer'),
            key: 'answer',
            render: (_: unknown, r) => (r.answeredOn ? `${formatDate(r.answeredOn)}: ${r.answer ?? ''}` : '—'),
          },
          {
            title: t('boards.recommendation.state'),
            key: 'state',
            width: 130,
            render: (_: unknown, r) => <RecommendationState recommendation={r} />,
          },
          ...(mayAnswer
            ? [
                {
                  title: t('common.actions'),
                  key: 'actions',
                  width: 130,
                  render: (_: unknown, r: BoardRecommendation) =>
                    !r.answeredOn && (
                      <Button size="small" onClick={() => openAnswer(r)}>
                        {t('boards.recommendation.recordAnswer')}
                      </Button>
                    ),
                },
              ]
            : []),
        ]}
      />
      {mayRecord && (
        <Button
          size="small"
          icon={<PlusOutlined />}
          onClick={() => openRecommendation(activity)}
          style={{ alignSelf: 'flex-start' }}
        >
          {t('boards.recommendation.add')}
        </Button>
      )}
    </Flex>
  );

  return (
    <Flex vertical gap={12}>
      {activities.error && <ProblemAlert error={activities.error} />}
      {mayRecord && (
        <Button icon={<PlusOutlined />} onClick={() => openActivity('new')} style={{ alignSelf: 'flex-start' }}>
          {t('boards.activity.add')}
        </Button>
      )}
      <Table<BoardActivity>
        rowKey="id"
        size="small"
        loading={activities.isFetching}
        dataSource={activities.data ?? []}
        pagination={false}
        locale={{ emptyText: t('boards.activity.empty') }}
        expandable={{ expandedRowRender: recommendations }}
        columns={[
          {
            title: t('boards.activity.startedOn'),
            key: 'startedOn',
            width: 110,
            render: (_: unknown, a) => formatDate(a.startedOn),
          },
          {
            title: t('boards.activity.kind'),
            key: 'kind',
            width: 200,
            render: (_: unknown, a) => <Tag>{t(`activityKind.${a.kind}`)}</Tag>,
          },
          {
            title: t('boards.activity.subject'),
            key: 'subject',
            render: (_: unknown, a) =>
              a.projectName ? `${a.subject} — ${t('boards.activity.project')}: ${a.projectName}` : a.subject,
          },
          {
            title: t('boards.activity.recommendations'),
            key: 'recommendations',
            width: 130,
            align: 'right',
            render: (_: unknown, a) => a.recommendations.length,
          },
          ...(mayRecord
            ? [
                {
                  title: t('common.actions'),
                  key: 'actions',
                  width: 100,
                  render: (_: unknown, a: BoardActivity) => (
                    <Button type="link" onClick={() => openActivity(a)}>
                      {t('common.edit')}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />

      <Modal
        open={editing !== null}
        title={editing === 'new' ? t('boards.activity.add') : t('boards.activity.edit')}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
        confirmLoading={saveActivity.isPending}
        onOk={() => activityForm.submit()}
        onCancel={() => setEditing(null)}
        width={720}
        forceRender
      >
        <ProblemAlert
          error={activityProblems.error}
          unmatched={activityProblems.unmatched}
          message={activityProblems.stale ? t('boards.conflict.stale') : undefined}
        />
        <Form<ActivityValues>
          form={activityForm}
          layout="vertical"
          name="board-activity"
          onFinish={submitActivity}
          validateMessages={{ required: t('error.required', { field: '${label}' }) }}
        >
          <Space.Compact block>
            <Form.Item
              name="startedOn"
              label={t('boards.activity.startedOn')}
              rules={[{ required: true }]}
              style={{ width: '50%' }}
            >
              <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item name="endedOn" label={t('boards.activity.endedOn')} style={{ width: '50%' }}>
              <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
            </Form.Item>
          </Space.Compact>
          <Form.Item name="kind" label={t('boards.activity.kind')} rules={[{ required: true }]}>
            <Select options={kinds.map((value) => ({ value, label: t(`activityKind.${value}`) }))} />
          </Form.Item>
          <Form.Item name="subject" label={t('boards.activity.subject')} rules={[{ required: true, whitespace: true }]}>
            <Input maxLength={500} autoComplete="off" />
          </Form.Item>
          <Form.Item name="content" label={t('boards.activity.content')}>
            <Input.TextArea maxLength={4000} autoSize={{ minRows: 2, maxRows: 6 }} />
          </Form.Item>
          {kind === 'INVESTMENT_SUPERVISION' && (
            <>
              <Form.Item
                name="projectName"
                label={t('boards.activity.projectName')}
                rules={[{ required: true, whitespace: true }]}
              >
                <Input maxLength={500} autoComplete="off" />
              </Form.Item>
              <Form.Item name="projectInvestor" label={t('boards.activity.projectInvestor')}>
                <Input maxLength={500} autoComplete="off" />
              </Form.Item>
              <Space.Compact block>
                <Form.Item name="budgetSource" label={t('boards.activity.budgetSource')} style={{ width: '50%' }}>
                  <Select
                    allowClear
                    options={BUDGET_SOURCES.map((value) => ({ value, label: t(`budgetSource.${value}`) }))}
                  />
                </Form.Item>
                <Form.Item name="projectStage" label={t('boards.activity.projectStage')} style={{ width: '50%' }}>
                  <Select
                    allowClear
                    options={PROJECT_STAGES.map((value) => ({ value, label: t(`projectStage.${value}`) }))}
                  />
                </Form.Item>
              </Space.Compact>
            </>
          )}
          <Form.Item name="findings" label={t('boards.activity.findings')}>
            <Input.TextArea maxLength={4000} autoSize={{ minRows: 2, maxRows: 8 }} />
          </Form.Item>
        </Form>
      </Modal>

      <Modal
        open={recommendingFor !== null}
        title={t('boards.recommendation.add')}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
        confirmLoading={addRecommendation.isPending}
        onOk={() => recommendationForm.submit()}
        onCancel={() => setRecommendingFor(null)}
        forceRender
      >
        <ProblemAlert error={recommendationProblems.error} unmatched={recommendationProblems.unmatched} />
        <Form<RecommendationValues>
          form={recommendationForm}
          layout="vertical"
          name="board-recommendation"
          onFinish={submitRecommendation}
          validateMessages={{ required: t('error.required', { field: '${label}' }) }}
        >
          <Form.Item
            name="content"
            label={t('boards.recommendation.content')}
            rules={[{ required: true, whitespace: true }]}
          >
            <Input.TextArea maxLength={2000} autoSize={{ minRows: 2, maxRows: 6 }} />
          </Form.Item>
          <Form.Item name="addressedToId" label={t('boards.recommendation.addressedTo')} rules={[{ required: true }]}>
            <UnitTreeSelect />
          </Form.Item>
          <Form.Item name="dueOn" label={t('boards.recommendation.dueOn')} rules={[{ required: true }]}>
            <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
          </Form.Item>
        </Form>
      </Modal>

      <Modal
        open={answering !== null}
        title={t('boards.recommendation.recordAnswer')}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
        confirmLoading={answer.isPending}
        onOk={() => answerForm.submit()}
        onCancel={() => setAnswering(null)}
        forceRender
      >
        <p>{answering?.content}</p>
        <ProblemAlert
          error={answerProblems.error}
          unmatched={answerProblems.unmatched}
          message={answerProblems.stale ? t('boards.conflict.stale') : undefined}
        />
        <Form<AnswerValues>
          form={answerForm}
          layout="vertical"
          name="board-answer"
          onFinish={submitAnswer}
          validateMessages={{ required: t('error.required', { field: '${label}' }) }}
        >
          <Form.Item
            name="answer"
            label={t('boards.recommendation.answer')}
            rules={[{ required: true, whitespace: true }]}
          >
            <Input.TextArea maxLength={4000} autoSize={{ minRows: 2, maxRows: 6 }} />
          </Form.Item>
          <Form.Item name="answeredOn" label={t('boards.recommendation.answeredOn')} rules={[{ required: true }]}>
            <DatePicker
              format={DATE_FORMAT}
              disabledDate={(day) => day.isAfter(dayjs(), 'day')}
              style={{ width: '100%' }}
            />
          </Form.Item>
        </Form>
      </Modal>
    </Flex>
  );
}
