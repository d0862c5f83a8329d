import { App, Form, Input, Modal } from 'antd';
import { useEffect, useState } from 'react';
import type { FieldProblem } from '@/api';
import { applyProblemToForm } from '@/components/applyProblemToForm';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useI18n } from '@/lib/i18n';
import { useIssueRegulation, type Regulation } from '../api';

interface IssueRegulationModalProps {
  regulation: Regulation | null;
  onClose: () => void;
}

interface FormValues {
  number: string;
  issueDate: string;
}

/** Ban hành: a regulation is issued with its number and date; the one it replaces becomes REVISED. */
export function IssueRegulationModal({ regulation, onClose }: IssueRegulationModalProps) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const issue = useIssueRegulation();
  const [error, setError] = useState<unknown>(null);
  const [unmatched, setUnmatched] = useState<FieldProblem[]>([]);

  useEffect(() => {
    if (regulation) {
      setError(null);
      setUnmatched([]);
      form.resetFields();
      form.setFieldsValue({ number: regulation.number ?? '', issueDate: regulation.issueDate ?? '' });
    }
  }, [regulation, form]);

  const submit = async (values: FormValues) => {
    if (!regulation) {
      return;
    }
    setError(null);
    setUnmatched([]);
    try {
      await issue.mutateAsync({
        id: regulation.id,
        version: regulation.version,
        body: { number: values.number.trim(), issueDate: values.issueDate },
      });
      message.success(t('regulations.issued', { title: regulation.title }));
      onClose();
    } catch (failure) {
      setError(failure);
      setUnmatched(applyProblemToForm(form, failure, ['number', 'issueDate']));
    }
  };

  return (
    <Modal
      open={regulation !== null}
      title={t('regulations.issueTitle', { title: regulation?.title ?? '' })}
      okText={t('regulations.action.issue')}
      cancelText={t('common.cancel')}
      confirmLoading={issue.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <ProblemAlert error={error} unmatched={unmatched} />
      <Form<FormValues>
        form={form}
        layout="vertical"
        onFinish={submit}
        name="issueRegulation"
        validateMessages={{ required: t('error.required', { field: '${label}' }) }}
      >
        <Form.Item name="number" label={t('regulations.field.number')} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={64} autoComplete="off" />
        </Form.Item>
        <Form.Item name="issueDate" label={t('regulations.field.issueDate')} rules={[{ required: true }]}>
          <Input type="date" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
