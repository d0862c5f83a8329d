import { Form, Input, Modal, Select } from 'antd';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useI18n } from '@/lib/i18n';
import { useCreateMeeting, useShortcomings, type MeetingRequest, type Shortcoming } from '../api';

interface Values {
  kind: MeetingRequest['kind'];
  date: string;
  title: string;
  conclusionKind?: 'DECISION' | 'TASK';
  conclusionText?: string;
  shortcomingId?: number;
  unitId?: number;
  deadline?: string;
}

/**
 * Records a meeting and one conclusion: a decision, or a task — which, when it answers one of the
 * committee's shortcomings, becomes that shortcoming's remedy, owned by one of its units.
 */
export function MeetingFormModal({ committeeId, onClose }: { committeeId: number; onClose: () => void }) {
  const { t } = useI18n();
  const create = useCreateMeeting();
  const shortcomings = useShortcomings(committeeId);
  const [form] = Form.useForm<Values>();
  const conclusionKind = Form.useWatch('conclusionKind', form);
  const shortcomingId = Form.useWatch('shortcomingId', form);
  const shortcoming = (shortcomings.data ?? []).find((s) => s.id === shortcomingId);

  const submit = (values: Values) => {
    const conclusions: MeetingRequest['conclusions'] = values.conclusionText
      ? [
          {
            kind: values.conclusionKind ?? 'DECISION',
            text: values.conclusionText,
            shortcomingId: values.conclusionKind === 'TASK' ? values.shortcomingId : undefined,
            unitId: values.conclusionKind === 'TASK' ? values.unitId : undefined,
            deadline: values.conclusionKind === 'TASK' ? values.deadline : undefined,
          },
        ]
      : [];
    create.mutate(
      { committeeId, body: { kind: values.kind, date: values.date, title: values.title, conclusions } },
      { onSuccess: onClose },
    );
  };

  return (
    <Modal
      open
      title={t('committees.meeting.record')}
      okText={t('committees.meeting.save')}
      confirmLoading={create.isPending}
      onCancel={onClose}
      onOk={() => form.validateFields().then(submit)}
    >
      {create.error && <ProblemAlert error={create.error} />}
      <Form form={form} layout="vertical" initialValues={{ kind: 'REGULAR', conclusionKind: 'TASK' }}>
        <Form.Item name="kind" label={t('committees.meeting.kind')} rules={[{ required: true }]}>
          <Select
            options={(['REGULAR', 'THEMATIC', 'YEAR_END_REVIEW'] as const).map((kind) => ({
              value: kind,
              label: t(`committees.meetingKind.${kind}`),
            }))}
          />
        </Form.Item>
        <Form.Item name="date" label={t('committees.meeting.date')} rules={[{ required: true }]}>
          <Input type="date" />
        </Form.Item>
        <Form.Item name="title" label={t('committees.meeting.title')} rules={[{ required: true, whitespace: true }]}>
          <Input />
        </Form.Item>
        <Form.Item name="conclusionKind" label={t('committees.conclusion.kind')}>
          <Select
            options={(['DECISION', 'TASK'] as const).map((kind) => ({
              value: kind,
              label: t(`committees.conclusionKind.${kind}`),
            }))}
          />
        </Form.Item>
        <Form.Item name="conclusionText" label={t('committees.conclusion.text')}>
          <Input.TextArea rows={2} />
        </Form.Item>
        {conclusionKind === 'TASK' && (
          <>
            <Form.Item name="shortcomingId" label={t('committees.conclusion.shortcoming')}>
              <Select
                allowClear
                options={(shortcomings.data ?? []).map((s) => ({ value: s.id, label: shortcomingLabel(s) }))}
              />
            </Form.Item>
            <Form.Item name="unitId" label={t('committees.conclusion.unit')} rules={[{ required: !!shortcomingId }]}>
              <Select allowClear options={(shortcoming?.units ?? []).map((u) => ({ value: u.id, label: u.name }))} />
            </Form.Item>
            <Form.Item name="deadline" label={t('committees.deadline')} rules={[{ required: !!shortcomingId }]}>
              <Input type="date" />
            </Form.Item>
          </>
        )}
      </Form>
    </Modal>
  );
}

const LABEL_TEXT = 90;

/** Year, kind and the start of its description: two shortcomings of one year and kind stay apart. */
export function shortcomingLabel(shortcoming: Pick<Shortcoming, 'year' | 'kindLabel' | 'description'>): string {
  const text =
    shortcoming.description.length > LABEL_TEXT
      ? `${shortcoming.description.slice(0, LABEL_TEXT - 1)}…`
      : shortcoming.description;
  return `${shortcoming.year} · ${shortcoming.kindLabel} — ${text}`;
}
