import { App, Button, Card, Flex, Form, Input, Modal, Select, Switch } from 'antd';
import { useState } from 'react';
import { ProblemAlert } from '@/components/ProblemAlert';
import { UnitTreeSelect } from '@/components/UnitTreeSelect';
import { useI18n, type MessageKey } from '@/lib/i18n';
import {
  PRIORITIES,
  REJECT_REASONS,
  useFeedbackOperation,
  type Feedback,
  type FeedbackOperation,
  type FeedbackVerb,
} from '../api';
import { offeredOperations } from './operations';

/** Operations that need more than a click: a form in a dialog. */
const WITH_FORM: readonly FeedbackVerb[] = ['assign', 'answer', 'reject', 'priority'];

const LABELS: Record<FeedbackVerb, MessageKey> = {
  start: 'feedback.op.start',
  assign: 'feedback.op.assign',
  answer: 'feedback.op.answer',
  close: 'feedback.op.close',
  reject: 'feedback.op.reject',
  reopen: 'feedback.op.reopen',
  priority: 'feedback.op.priority',
};

interface OperationValues {
  unitId?: number;
  assignee?: string;
  priority?: Feedback['priority'];
  answer?: string;
  published?: boolean;
  reason?: 'REFERRED' | 'DUPLICATE' | 'NOT_ACTIONABLE' | 'OUT_OF_SCOPE' | 'ABUSIVE';
  note?: string;
}

function operationOf(verb: FeedbackVerb, values: OperationValues, version: number): FeedbackOperation {
  switch (verb) {
    case 'assign':
      return {
        verb,
        body: {
          unitId: values.unitId as number,
          assignee: values.assignee?.trim() || undefined,
          priority: values.priority,
          version,
        },
      };
    case 'answer':
      return { verb, body: { answer: (values.answer ?? '').trim(), published: values.published ?? true, version } };
    case 'reject':
      return {
        verb,
        body: {
          reason: values.reason as NonNullable<OperationValues['reason']>,
          note: values.note?.trim() || undefined,
          version,
        },
      };
    case 'priority':
      return { verb, body: { priority: values.priority as Feedback['priority'], version } };
    default:
      return { verb, body: { version } };
  }
}

/** The operations the API allows the caller now (`allowedActions`); each carries the version that was read. */
export function FeedbackActions({ feedback }: { feedback: Feedback }) {
  const { t } = useI18n();
  const { message, modal } = App.useApp();
  const operation = useFeedbackOperation(feedback.id);
  const [open, setOpen] = useState<FeedbackVerb | null>(null);
  const [form] = Form.useForm<OperationValues>();
  const verbs = offeredOperations(feedback);
  if (verbs.length === 0) {
    return null;
  }

  const run = (verb: FeedbackVerb, values: OperationValues = {}) =>
    operation.mutate(operationOf(verb, values, feedback.version), {
      onSuccess: () => {
        setOpen(null);
        form.resetFields();
        message.success(t('feedback.op.done', { op: t(LABELS[verb]) }));
      },
    });

  const click = (verb: FeedbackVerb) => {
    operation.reset();
    if (WITH_FORM.includes(verb)) {
      form.resetFields();
      form.setFieldsValue({
        priority: feedback.priority,
        published: true,
        unitId: feedback.assignedUnit?.id ?? feedback.unit.id,
      });
      setOpen(verb);
    } else {
      modal.confirm({
        title: t(LABELS[verb]),
        content: t('feedback.op.confirm', { title: feedback.title }),
        onOk: () => run(verb),
      });
    }
  };

  return (
    <Card size="small" title={t('feedback.op.title')}>
      {!open && <ProblemAlert error={operation.error} />}
      <Flex gap={8} wrap>
        {verbs.map((verb) => (
          <Button
            key={verb}
            type={verb === 'answer' || verb === 'start' ? 'primary' : 'default'}
            danger={verb === 'reject'}
            onClick={() => click(verb)}
            loading={operation.isPending && operation.variables?.verb === verb}
          >
            {t(LABELS[verb])}
          </Button>
        ))}
      </Flex>
      <Modal
        open={open !== null}
        title={open ? t(LABELS[open]) : ''}
        okText={open ? t(LABELS[open]) : ''}
        cancelText={t('common.cancel')}
        confirmLoading={operation.isPending}
        onCancel={() => setOpen(null)}
        onOk={() => form.submit()}
        destroyOnHidden
        forceRender
      >
        <ProblemAlert error={operation.error} />
        <Form<OperationValues> form={form} layout="vertical" onFinish={(values) => open && run(open, values)}>
          {open === 'assign' && (
            <>
              <Form.Item
                name="unitId"
                label={t('feedback.field.assignedUnit')}
                rules={[{ required: true, message: t('error.required', { field: t('feedback.field.assignedUnit') }) }]}
              >
                <UnitTreeSelect />
              </Form.Item>
              <Form.Item name="assignee" label={t('feedback.field.assignee')}>
                <Input maxLength={255} />
              </Form.Item>
            </>
          )}
          {(open === 'assign' || open === 'priority') && (
            <Form.Item
              name="priority"
              label={t('feedback.column.priority')}
              rules={[{ required: open === 'priority' }]}
            >
              <Select options={PRIORITIES.map((value) => ({ value, label: t(`priority.${value}`) }))} />
            </Form.Item>
          )}
          {open === 'answer' && (
            <>
              <Form.Item
                name="answer"
                label={t('portal.track.answer')}
                rules={[
                  {
                    required: true,
                    whitespace: true,
                    message: t('error.required', { field: t('portal.track.answer') }),
                  },
                ]}
              >
                <Input.TextArea maxLength={5000} showCount autoSize={{ minRows: 5, maxRows: 14 }} />
              </Form.Item>
              <Form.Item
                name="published"
                label={t('feedback.answer.publish')}
                valuePropName="checked"
                extra={t('feedback.answer.publishHint')}
              >
                <Switch />
              </Form.Item>
            </>
          )}
          {open === 'reject' && (
            <>
              <Form.Item
                name="reason"
                label={t('feedback.reject.reason')}
                rules={[{ required: true, message: t('error.required', { field: t('feedback.reject.reason') }) }]}
              >
                <Select options={REJECT_REASONS.map((value) => ({ value, label: t(`rejectReason.${value}`) }))} />
              </Form.Item>
              <Form.Item name="note" label={t('feedback.reject.note')} extra={t('feedback.reject.noteHint')}>
                <Input.TextArea maxLength={1000} showCount autoSize={{ minRows: 3 }} />
              </Form.Item>
            </>
          )}
        </Form>
      </Modal>
    </Card>
  );
}
