import { App, Form, Input, Modal } from 'antd';
import { useEffect } from 'react';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useFormProblems } from '@/components/useFormProblems';
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
  const problems = useFormProblems(form, ['number', 'issueDate']);
  const clearProblems = problems.clear;

  useEffect(() => {
    if (regulation) {
      clearProblems();
      form.resetFields();
      form.setFieldsValue({ number: regulation.number ?? '', issueDate: regulation.issueDate ?? '' });
    }
  }, [regulation, form, clearProblems]);

  const submit = async (values: FormValues) => {
    if (!regulation) {
      return;
    }
    clearProblems();
    try {
      await issue.mutateAsync({
        id: regulation.id,
        version: regulation.version,
        body: { number: values.number.trim(), issueDate: values.issueDate },
      });
      message.success(t('regulations.issued', { title: regulation.title }));
      onClose();
    } catch (failure) {
      problems.show(failure);
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
      <ProblemAlert error={problems.error} unmatched={problems.unmatched} />
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
