import {
  App,
  Button,
  Card,
  Empty,
  Flex,
  Form,
  Input,
  List,
  Modal,
  Select,
  Skeleton,
  Space,
  Table,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { ProblemAlert } from '@/components/ProblemAlert';
import { currentLanguage, useI18n } from '@/lib/i18n';
import {
  targetStatusColor,
  useCommitteeMeetings,
  useCommitteeMembers,
  useCommitteePlan,
  useCommittees,
  useCompleteRemedy,
  useShortcomings,
  type Committee,
  type CommitteeMember,
  type Remedy,
} from '../api';
import dayjs from 'dayjs';
import { MeetingFormModal } from './MeetingFormModal';
import { MemberFormDrawer, type MemberTarget } from './MemberFormDrawer';
import { PlanFormDrawer, type PlanAddition } from './PlanFormDrawers';
import { ShortcomingFormDrawer } from './ShortcomingFormDrawer';
import { formatterFor } from '@/lib/format';
import { formatDate } from '@/lib/dates';

const YEARS_BACK = 4;

/**
 * Ban Chỉ đạo: the committees in the caller's scope — members, the year's plan with its targets'
 * progress (computed by the server), meetings with their conclusions, and the shortcomings followed
 * to their remedies.
 */
export function CommitteesPage({ currentYear = new Date().getFullYear() }: { currentYear?: number }) {
  const { t } = useI18n();
  const committees = useCommittees();
  const [selected, setSelected] = useState<number>();
  const items = committees.data?.items ?? [];
  const committee = items.find((c) => c.id === selected) ?? items[0];

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={1} className="page-title" style={{ margin: 0 }}>
          {t('committees.title')}
        </Typography.Title>
        {items.length > 1 && (
          <Select<number>
            style={{ minWidth: 320 }}
            aria-label={t('committees.select')}
            value={committee?.id}
            onChange={setSelected}
            options={items.map((c) => ({ value: c.id, label: `${c.name} — ${c.unit.name}` }))}
          />
        )}
      </Flex>
      {committees.error && <ProblemAlert error={committees.error} />}
      {committees.isLoading ? (
        <Skeleton active />
      ) : !committee ? (
        <Empty description={t('committees.none')} />
      ) : (
        <CommitteeDetail committee={committee} currentYear={currentYear} />
      )}
    </Flex>
  );
}

function CommitteeDetail({ committee, currentYear }: { committee: Committee; currentYear: number }) {
  const { t } = useI18n();
  const [year, setYear] = useState(currentYear);
  const years = Array.from({ length: YEARS_BACK + 1 }, (_, index) => currentYear - index);
  return (
    <Card
      size="small"
      title={committee.name}
      extra={
        <Select<number>
          style={{ width: 120 }}
          aria-label={t('reports.year')}
          value={year}
          onChange={setYear}
          options={years.map((value) => ({ value, label: `${t('reports.year')} ${value}` }))}
        />
      }
    >
      <Typography.Paragraph type="secondary">
        {committee.unit.name}
        {committee.decisionNumber
          ? ` · ${t('committees.decision', { number: committee.decisionNumber, date: committee.decisionDate ? formatDate(committee.decisionDate) : '' })}`
          : ''}
      </Typography.Paragraph>
      <Tabs
        items={[
          {
            key: 'plan',
            label: t('committees.tab.plan'),
            children: <PlanTab committee={committee} year={year} />,
          },
          { key: 'members', label: t('committees.tab.members'), children: <MembersTab committee={committee} /> },
          {
            key: 'meetings',
            label: t('committees.tab.meetings'),
            children: <MeetingsTab committee={committee} year={year} />,
          },
          {
            key: 'shortcomings',
            label: t('committees.tab.shortcomings'),
            children: <ShortcomingsTab committee={committee} year={year} />,
          },
        ]}
      />
    </Card>
  );
}

function PlanTab({ committee, year }: { committee: Committee; year: number }) {
  const { t } = useI18n();
  const plan = useCommitteePlan(committee.id, year);
  const [adding, setAdding] = useState<PlanAddition | null>(null);
  const canPlan = committee.allowedOperations.includes('PLAN');
  const drawer = <PlanFormDrawer committee={committee} year={year} adding={adding} onClose={() => setAdding(null)} />;
  if (plan.error) {
    return <ProblemAlert error={plan.error} />;
  }
  if (plan.isLoading) {
    return <Skeleton active />;
  }
  if (!plan.data) {
    return (
      <>
        <Empty description={t('committees.plan.none', { year: String(year) })}>
          {canPlan && (
            <Button type="primary" onClick={() => setAdding('plan')}>
              {t('committees.plan.add', { year: String(year) })}
            </Button>
          )}
        </Empty>
        {drawer}
      </>
    );
  }
  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Text strong>{t('committees.plan.theme', { theme: plan.data.theme })}</Typography.Text>
        {canPlan && (
          <Space wrap>
            <Button onClick={() => setAdding('target')}>{t('committees.target.add')}</Button>
            <Button onClick={() => setAdding('task')}>{t('committees.task.add')}</Button>
          </Space>
        )}
      </Flex>
      {drawer}
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        scroll={{ x: 'max-content' }}
        dataSource={plan.data.targets}
        columns={[
          { title: t('committees.target'), render: (_, target) => target.label ?? target.figureLabel },
          { title: t('committees.target.area'), render: (_, target) => target.unit.name },
          {
            title: t('committees.target.threshold'),
            render: (_, target) =>
              `${target.comparator === 'GE' ? '≥' : '≤'} ${formatValue(target.figureKind, target.threshold)}`,
          },
          { title: t('committees.target.value'), render: (_, target) => formatValue(target.figureKind, target.value) },
          {
            title: t('committees.target.projected'),
            render: (_, target) => formatValue(target.figureKind, target.projected),
          },
          {
            title: t('committees.target.status'),
            render: (_, target) => (
              <Tag color={targetStatusColor(target.status)} data-testid={`target-status-${target.id}`}>
                {t(`committees.status.${target.status}`)}
              </Tag>
            ),
          },
        ]}
      />
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={plan.data.tasks}
        columns={[
          { title: t('committees.task'), dataIndex: 'title' },
          { title: t('committees.owner'), dataIndex: 'owner' },
          { title: t('committees.deadline'), dataIndex: 'deadline' },
          {
            title: t('committees.target.status'),
            render: (_, task) => (
              <Tag color={task.overdue ? 'red' : undefined}>{t(`committees.task.${task.status}`)}</Tag>
            ),
          },
        ]}
      />
    </Flex>
  );
}

function MembersTab({ committee }: { committee: Committee }) {
  const { t } = useI18n();
  const members = useCommitteeMembers(committee.id);
  const [editing, setEditing] = useState<MemberTarget | null>(null);
  const canWrite = committee.allowedOperations.includes('ADD_MEMBER');
  if (members.error) {
    return <ProblemAlert error={members.error} />;
  }
  return (
    <Flex vertical gap={12}>
      {canWrite && (
        <Space>
          <Button type="primary" onClick={() => setEditing({ mode: 'create' })}>
            {t('committees.member.add')}
          </Button>
        </Space>
      )}
      <Table
        size="small"
        rowKey="id"
        loading={members.isLoading}
        pagination={false}
        scroll={{ x: 'max-content' }}
        dataSource={members.data ?? []}
        columns={[
          { title: t('committees.member.name'), dataIndex: 'fullName' },
          { title: t('committees.member.position'), dataIndex: 'position' },
          { title: t('committees.member.role'), render: (_, m) => t(`committees.role.${m.role}`) },
          {
            title: t('committees.member.period'),
            render: (_, m) => `${formatDate(m.since)} – ${m.until ? formatDate(m.until) : ''}`,
          },
          { title: t('committees.member.units'), render: (_, m) => m.units.map((u) => u.name).join(', ') },
          { title: t('committees.member.serving'), render: (_, m) => (m.serving ? <Tag color="green">✓</Tag> : null) },
          ...(canWrite
            ? [
                {
                  title: t('common.actions'),
                  key: 'actions',
                  render: (_: unknown, m: CommitteeMember) => (
                    <Space size={0}>
                      <Button size="small" type="link" onClick={() => setEditing({ mode: 'edit', id: m.id })}>
                        {t('common.edit')}
                      </Button>
                      {m.serving && (
                        <Button size="small" type="link" onClick={() => setEditing({ mode: 'end', id: m.id })}>
                          {t('committees.member.end')}
                        </Button>
                      )}
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      <MemberFormDrawer committee={committee} target={editing} today={dayjs()} onClose={() => setEditing(null)} />
    </Flex>
  );
}

function MeetingsTab({ committee, year }: { committee: Committee; year: number }) {
  const { t } = useI18n();
  const meetings = useCommitteeMeetings(committee.id, year);
  const [recording, setRecording] = useState(false);
  const canRecord = committee.allowedOperations.includes('RECORD_MEETING');
  return (
    <Flex vertical gap={12}>
      {canRecord && (
        <Space>
          <Button type="primary" onClick={() => setRecording(true)}>
            {t('committees.meeting.record')}
          </Button>
        </Space>
      )}
      {meetings.error && <ProblemAlert error={meetings.error} />}
      <List
        loading={meetings.isLoading}
        dataSource={meetings.data ?? []}
        locale={{ emptyText: t('committees.meeting.none') }}
        renderItem={(meeting) => (
          <List.Item key={meeting.id}>
            <Flex vertical gap={4} style={{ width: '100%' }}>
              <Typography.Text strong>
                {meeting.date} · {t(`committees.meetingKind.${meeting.kind}`)} · {meeting.title}
              </Typography.Text>
              {meeting.attendees.length > 0 && (
                <Typography.Text type="secondary">
                  {t('committees.meeting.attendees', { names: meeting.attendees.map((a) => a.fullName).join(', ') })}
                </Typography.Text>
              )}
              {meeting.conclusions.map((conclusion) => (
                <Typography.Text key={conclusion.id}>
                  <Tag>{t(`committees.conclusionKind.${conclusion.kind}`)}</Tag>
                  {conclusion.text}
                  {conclusion.status ? (
                    <Tag style={{ marginLeft: 8 }}>{t(`committees.task.${conclusion.status}`)}</Tag>
                  ) : null}
                </Typography.Text>
              ))}
            </Flex>
          </List.Item>
        )}
      />
      {recording && <MeetingFormModal committeeId={committee.id} onClose={() => setRecording(false)} />}
    </Flex>
  );
}

function ShortcomingsTab({ committee, year }: { committee: Committee; year: number }) {
  const { t } = useI18n();
  const committeeId = committee.id;
  const shortcomings = useShortcomings(committeeId);
  const [completing, setCompleting] = useState<Remedy>();
  const [recording, setRecording] = useState(false);
  if (shortcomings.error) {
    return <ProblemAlert error={shortcomings.error} />;
  }
  return (
    <>
      {committee.allowedOperations.includes('RECORD_SHORTCOMING') && (
        <Space style={{ marginBottom: 12 }}>
          <Button type="primary" onClick={() => setRecording(true)}>
            {t('committees.shortcoming.add')}
          </Button>
        </Space>
      )}
      <ShortcomingFormDrawer
        committeeId={committeeId}
        year={year}
        open={recording}
        onClose={() => setRecording(false)}
      />
      <List
        loading={shortcomings.isLoading}
        dataSource={shortcomings.data ?? []}
        locale={{ emptyText: t('committees.shortcoming.none') }}
        renderItem={(s) => (
          <List.Item key={s.id}>
            <Flex vertical gap={4} style={{ width: '100%' }}>
              <Typography.Text strong>
                {s.year} · {s.kindLabel}{' '}
                {s.remedied ? (
                  <Tag color="green">{t('committees.shortcoming.remedied')}</Tag>
                ) : (
                  <Tag color="orange">{t('committees.shortcoming.open')}</Tag>
                )}
              </Typography.Text>
              <Typography.Text>{s.description}</Typography.Text>
              {s.units.length > 0 && (
                <Typography.Text type="secondary">{s.units.map((u) => u.name).join(', ')}</Typography.Text>
              )}
              {s.subjectiveCauses && (
                <Typography.Text>{t('committees.cause.subjective', { text: s.subjectiveCauses })}</Typography.Text>
              )}
              {s.objectiveCauses && (
                <Typography.Text>{t('committees.cause.objective', { text: s.objectiveCauses })}</Typography.Text>
              )}
              {s.remedies.map((remedy) => (
                <Flex key={remedy.id} gap={8} align="center" wrap>
                  <Typography.Text>• {remedy.action}</Typography.Text>
                  <Typography.Text type="secondary">
                    {remedy.ownerUnit.name} · {t('committees.deadline')}: {remedy.deadline}
                  </Typography.Text>
                  <Tag color={remedy.overdue ? 'red' : remedy.status === 'DONE' ? 'green' : undefined}>
                    {t(`committees.task.${remedy.status}`)}
                  </Tag>
                  {remedy.evidence && <Typography.Text type="secondary">{remedy.evidence}</Typography.Text>}
                  {remedy.allowedOperations.includes('COMPLETE') && (
                    <Button size="small" onClick={() => setCompleting(remedy)}>
                      {t('committees.remedy.complete')}
                    </Button>
                  )}
                </Flex>
              ))}
            </Flex>
          </List.Item>
        )}
      />
      {completing && (
        <CompleteRemedyModal committeeId={committeeId} remedy={completing} onClose={() => setCompleting(undefined)} />
      )}
    </>
  );
}

function CompleteRemedyModal({
  committeeId,
  remedy,
  onClose,
}: {
  committeeId: number;
  remedy: Remedy;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const complete = useCompleteRemedy();
  const [form] = Form.useForm<{ evidence: string }>();
  return (
    <Modal
      open
      title={t('committees.remedy.complete')}
      okText={t('committees.remedy.complete')}
      confirmLoading={complete.isPending}
      onCancel={onClose}
      onOk={() =>
        form.validateFields().then(({ evidence }) =>
          complete.mutate(
            { committeeId, remedyId: remedy.id, evidence, version: remedy.version },
            {
              onSuccess: () => {
                message.success(t('committees.remedy.done'));
                onClose();
              },
            },
          ),
        )
      }
    >
      {complete.error && <ProblemAlert error={complete.error} />}
      <Typography.Paragraph>{remedy.action}</Typography.Paragraph>
      <Form form={form} layout="vertical">
        <Form.Item
          name="evidence"
          label={t('committees.remedy.evidence')}
          rules={[{ required: true, whitespace: true }]}
        >
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function formatValue(kind: string, value: number | null | undefined): string {
  const format = formatterFor(currentLanguage());
  return kind === 'SHARE' ? format.percent(value) : format.decimal(value, 2);
}

export default CommitteesPage;
