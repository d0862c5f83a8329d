import { App, Button, DatePicker, Drawer, Form, Input, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import type { FieldProblem } from '@/api';
import { applyProblemToForm } from '@/components/applyProblemToForm';
import { ProblemAlert } from '@/components/ProblemAlert';
import { UnitTreeSelect } from '@/components/UnitTreeSelect';
import { useI18n } from '@/lib/i18n';
import { CONSULTATION_KINDS, useCreateConsultation, type ConsultationKind } from '../api';

interface DraftValues {
  unitId?: number;
  kind: ConsultationKind;
  title: string;
  text: string;
  period?: [Dayjs, Dayjs];
}

const FORM_FIELDS = ['unitId', 'kind', 'title', 'text', 'opensOn', 'closesOn'];

/** Prepares a draft for consultation: a unit's text and the days it is open for comment. */
export function ConsultationFormDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<DraftValues>();
  const create = useCreateConsultation();
  const [unmatched, setUnmatched] = useState<FieldProblem[]>([]);

  const close = () => {
    create.reset();
    setUnmatched([]);
    onClose();
  };

  const onFinish = (values: DraftValues) =>
    create.mutate(
      {
        unitId: values.unitId as number,
        kind: values.kind,
        title: values.title.trim(),
        text: values.text,
        opensOn: values.period?.[0].format('YYYY-MM-DD') as string,
        closesOn: values.period?.[1].format('YYYY-MM-DD') as string,
      },
      {
        onSuccess: (consultation) => {
          message.success(t('consultations.created'));
          form.resetFields();
          close();
          navigate(`/consultations/${consultation.id}`);
        },
        onError: (error) => {
          const rest = applyProblemToForm(form, error, FORM_FIELDS);
          const period = rest.filter((problem) => /opensOn|closesOn/.test(problem.field));
          if (period.length > 0) form.setFields([{ name: 'period', errors: period.map((p) => p.message) }]);
          setUnmatched(rest.filter((problem) => !period.includes(problem)));
        },
      },
    );

  const required = (field: string) => ({ required: true, message: t('error.required', { field }) });

  return (
    <Drawer
      title={t('consultations.create')}
      open={open}
      onClose={close}
      size={640}
      destroyOnHidden
      extra={
        <Space>
          <Button onClick={close}>{t('common.cancel')}</Button>
          <Button type="primary" loading={create.isPending} onClick={() => form.submit()}>
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      <ProblemAlert error={create.error} unmatched={unmatched} />
      <Form<DraftValues>
        form={form}
        layout="vertical"
        initialValues={{ kind: 'REGULATION', title: '', text: '' }}
        onFinish={onFinish}
      >
        <Form.Item name="unitId" label={t('feedback.column.unit')} rules={[required(t('feedback.column.unit'))]}>
          <UnitTreeSelect />
        </Form.Item>
        <Form.Item name="kind" label={t('consultations.field.kind')}>
          <Select<ConsultationKind>
            options={CONSULTATION_KINDS.map((value) => ({ value, label: t(`consultationKind.${value}`) }))}
          />
        </Form.Item>
        <Form.Item
          name="title"
          label={t('consultations.field.title')}
          rules={[{ ...required(t('consultations.field.title')), whitespace: true }]}
        >
          <Input maxLength={500} showCount />
        </Form.Item>
        <Form.Item
          name="period"
          label={t('consultations.field.period')}
          rules={[required(t('consultations.field.period'))]}
        >
          <DatePicker.RangePicker format="DD/MM/YYYY" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="text"
          label={t('consultations.field.text')}
          rules={[{ ...required(t('consultations.field.text')), whitespace: true }]}
        >
          <Input.TextArea maxLength={200000} showCount autoSize={{ minRows: 10, maxRows: 24 }} />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
