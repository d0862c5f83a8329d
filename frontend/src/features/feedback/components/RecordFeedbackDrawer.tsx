import { App, Button, Checkbox, DatePicker, Drawer, Form, Input, Select, Space, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useRef, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import type { FieldProblem } from '@/api';
import { applyProblemToForm } from '@/components/applyProblemToForm';
import { consentRule } from '@/components/consentRule';
import { ProblemAlert } from '@/components/ProblemAlert';
import { UnitTreeSelect } from '@/components/UnitTreeSelect';
import { contactToSend } from '@/lib/contact';
import { DEMOCRACY_RIGHTS, FEEDBACK_TYPES, type DemocracyRight, type FeedbackType } from '@/lib/democracy';
import { newIdempotencyKey } from '@/lib/idempotency';
import { useI18n } from '@/lib/i18n';
import { PRIORITIES, STAFF_CHANNELS, useRecordFeedback, type Channel, type Priority } from '../api';

interface RecordValues {
  unitId?: number;
  right?: DemocracyRight;
  type: FeedbackType;
  channel: Channel;
  priority: Priority;
  receivedAt?: Dayjs;
  title: string;
  text: string;
  anonymous: boolean;
  senderName?: string;
  senderPhone?: string;
  senderEmail?: string;
  consent: boolean;
}

const FORM_FIELDS = [
  'unitId',
  'right',
  'type',
  'channel',
  'priority',
  'receivedAt',
  'title',
  'text',
  'senderName',
  'senderPhone',
  'senderEmail',
  'consent',
];

/** Records a feedback that reached the unit by hotline, at a meeting or in a mailbox. */
export function RecordFeedbackDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<RecordValues>();
  const record = useRecordFeedback();
  const idempotencyKey = useRef(newIdempotencyKey());
  const [unmatched, setUnmatched] = useState<FieldProblem[]>([]);
  const anonymous = Form.useWatch('anonymous', form);

  const close = () => {
    record.reset();
    setUnmatched([]);
    onClose();
  };

  const onFinish = (values: RecordValues) => {
    const contact = contactToSend(values.anonymous, {
      name: values.senderName,
      phone: values.senderPhone,
      email: values.senderEmail,
    });
    record.mutate(
      {
        idempotencyKey: idempotencyKey.current,
        body: {
          unitId: values.unitId as number,
          right: values.right as DemocracyRight,
          type: values.type,
          channel: values.channel,
          priority: values.priority,
          receivedAt: values.receivedAt?.toISOString(),
          title: values.title.trim(),
          text: values.text.trim(),
          anonymous: values.anonymous,
          consent: !values.anonymous && values.consent,
          senderName: contact.name,
          senderPhone: contact.phone,
          senderEmail: contact.email,
        },
      },
      {
        onSuccess: (feedback) => {
          idempotencyKey.current = newIdempotencyKey();
          form.resetFields();
          message.success(t('feedback.recorded', { code: feedback.trackingCode }));
          close();
          navigate(`/feedback/${feedback.id}`);
        },
        onError: (error) => setUnmatched(applyProblemToForm(form, error, FORM_FIELDS)),
      },
    );
  };

  const required = (field: string) => ({ required: true, whitespace: true, message: t('error.required', { field }) });

  return (
    <Drawer
      title={t('feedback.recordTitle')}
      open={open}
      onClose={close}
      size={560}
      destroyOnHidden
      extra={
        <Space>
          <Button onClick={close}>{t('common.cancel')}</Button>
          <Button type="primary" loading={record.isPending} onClick={() => form.submit()}>
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      <ProblemAlert error={record.error} unmatched={unmatched} />
      <Form<RecordValues>
        form={form}
        layout="vertical"
        initialValues={{
          type: 'FEEDBACK',
          channel: 'HOTLINE',
          priority: 'NORMAL',
          anonymous: false,
          consent: false,
          title: '',
          text: '',
        }}
        onFinish={onFinish}
      >
        <Form.Item
          name="unitId"
          label={t('feedback.field.unit')}
          rules={[{ required: true, message: t('error.required', { field: t('feedback.field.unit') }) }]}
        >
          <UnitTreeSelect />
        </Form.Item>
        <Space wrap style={{ width: '100%' }}>
          <Form.Item name="channel" label={t('feedback.field.channel')}>
            <Select<Channel>
              style={{ width: 160 }}
              options={STAFF_CHANNELS.map((value) => ({ value, label: t(`channel.${value}`) }))}
            />
          </Form.Item>
          <Form.Item name="type" label={t('portal.form.type')}>
            <Select<FeedbackType>
              style={{ width: 160 }}
              options={FEEDBACK_TYPES.map((value) => ({ value, label: t(`feedbackType.${value}`) }))}
            />
          </Form.Item>
          <Form.Item name="priority" label={t('feedback.column.priority')}>
            <Select<Priority>
              style={{ width: 140 }}
              options={PRIORITIES.map((value) => ({ value, label: t(`priority.${value}`) }))}
            />
          </Form.Item>
        </Space>
        <Form.Item
          name="right"
          label={t('portal.form.right')}
          rules={[{ required: true, message: t('error.required', { field: t('portal.form.right') }) }]}
        >
          <Select<DemocracyRight> options={DEMOCRACY_RIGHTS.map((value) => ({ value, label: t(`right.${value}`) }))} />
        </Form.Item>
        <Form.Item name="receivedAt" label={t('feedback.field.receivedAt')} extra={t('feedback.field.receivedAtHint')}>
          <DatePicker
            showTime
            format="DD/MM/YYYY HH:mm"
            disabledDate={(day) => day.isAfter(dayjs(), 'day')}
            style={{ width: '100%' }}
          />
        </Form.Item>
        <Form.Item name="title" label={t('portal.form.subject')} rules={[required(t('portal.form.subject'))]}>
          <Input maxLength={200} showCount />
        </Form.Item>
        <Form.Item name="text" label={t('portal.form.text')} rules={[required(t('portal.form.text'))]}>
          <Input.TextArea maxLength={5000} showCount autoSize={{ minRows: 4, maxRows: 12 }} />
        </Form.Item>
        <Form.Item name="anonymous" label={t('portal.form.anonymous')} valuePropName="checked">
          <Switch />
        </Form.Item>
        {!anonymous && (
          <>
            <Form.Item name="senderName" label={t('portal.form.senderName')}>
              <Input maxLength={200} />
            </Form.Item>
            <Form.Item
              name="senderPhone"
              label={t('portal.form.senderPhone')}
              rules={[{ pattern: /^[0-9+()./ -]{6,32}$/, message: t('portal.form.phoneInvalid') }]}
            >
              <Input maxLength={32} />
            </Form.Item>
            <Form.Item
              name="senderEmail"
              label={t('portal.form.senderEmail')}
              rules={[{ type: 'email', message: t('portal.form.emailInvalid') }]}
            >
              <Input maxLength={254} />
            </Form.Item>
            <Form.Item
              name="consent"
              valuePropName="checked"
              extra={t('feedback.field.consentHint')}
              dependencies={['senderName', 'senderPhone', 'senderEmail']}
              rules={[consentRule(['senderName', 'senderPhone', 'senderEmail'], t('portal.form.consentRequired'))]}
            >
              <Checkbox>{t('feedback.field.consent')}</Checkbox>
            </Form.Item>
          </>
        )}
      </Form>
    </Drawer>
  );
}
