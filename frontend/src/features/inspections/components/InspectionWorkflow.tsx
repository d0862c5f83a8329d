import { Alert, App, Button, DatePicker, Form, Input, Modal, Space, Steps, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { isProblem } from '@/api';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useI18n } from '@/lib/i18n';
import { useInspectionTransition, type Inspection, type TransitionInput } from '../api';
import { DATE_FORMAT, toIso } from './dates';
import { allowedTransitions, STATUS_STEPS, stepOf, type Transition } from './workflow';

/** Planned → in progress → concluded → closed, with a cancelled inspection stopped in red where it was. */
export function StatusSteps({ inspection }: { inspection: Inspection }) {
  const { t } = useI18n();
  const { current, state } = stepOf(inspection);
  return (
    <div>
      <Steps
        size="small"
        current={current}
        status={state}
        items={STATUS_STEPS.map((status, index) => ({
          title:
            inspection.status === 'CANCELLED' && index === current
              ? `${t(`inspectionStatus.${status}`)} · ${t('inspectionStatus.CANCELLED')}`
              : t(`inspectionStatus.${status}`),
        }))}
      />
      {inspection.status === 'CANCELLED' && inspection.cancelReason && (
        <Alert
          type="warning"
          showIcon
          style={{ marginTop: 12 }}
          title={`${t('inspection.field.cancelReason')}: ${inspection.cancelReason}`}
        />
      )}
    </div>
  );
}

interface TransitionValues {
  date?: Dayjs;
  reason?: string;
}

const BUTTON_TYPES: Record<Transition, 'primary' | 'default'> = {
  start: 'primary',
  conclude: 'primary',
  close: 'primary',
  cancel: 'default',
};

function defaultStart(inspection: Inspection): Dayjs {
  const planned = inspection.plannedStart ? dayjs(inspection.plannedStart) : undefined;
  return planned && !planned.isAfter(dayjs(), 'day') ? planned : dayjs();
}

/**
 * The buttons of the state changes the API allows the caller now (`allowedActions`), each asking for what the
 * change records. A refusal shows the server's reason in the dialog.
 */
export function TransitionBar({ inspection }: { inspection: Inspection }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const transition = useInspectionTransition();
  const [open, setOpen] = useState<Transition | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [form] = Form.useForm<TransitionValues>();
  const transitions = allowedTransitions(inspection);

  if (transitions.length === 0) {
    return null;
  }

  const openDialog = (verb: Transition) => {
    setError(null);
    form.resetFields();
    form.setFieldsValue({
      date: verb === 'start' ? defaultStart(inspection) : verb === 'conclude' ? dayjs() : undefined,
    });
    setOpen(verb);
  };

  const submit = async (values: TransitionValues) => {
    if (!open) {
      return;
    }
    setError(null);
    const base = { id: inspection.id, version: inspection.version };
    const input: TransitionInput =
      open === 'start'
        ? { verb: 'start', ...base, actualStart: toIso(values.date) as string }
        : open === 'conclude'
          ? { verb: 'conclude', ...base, actualEnd: toIso(values.date) as string }
          : open === 'cancel'
            ? { verb: 'cancel', ...base, reason: values.reason?.trim() ?? '' }
            : { verb: 'close', ...base };
    try {
      const changed = await transition.mutateAsync(input);
      message.success(t('inspection.transition.done', { status: t(`inspectionStatus.${changed.status}`) }));
      setOpen(null);
    } catch (failure) {
      setError(failure);
    }
  };

  const notAfterToday = (day: Dayjs) => day.isAfter(dayjs(), 'day');

  return (
    <>
      <Space wrap>
        {transitions.map((verb) => (
          <Button key={verb} type={BUTTON_TYPES[verb]} danger={verb === 'cancel'} onClick={() => openDialog(verb)}>
            {t(`inspection.transition.${verb}`)}
          </Button>
        ))}
      </Space>
      <Modal
        open={open !== null}
        title={open ? t(`inspection.transition.${open}Title`) : undefined}
        okText={open ? t(`inspection.transition.${open}`) : undefined}
        // “Hủy” would read like the cancel-inspection step itself.
        cancelText={t('common.close')}
        okButtonProps={{ danger: open === 'cancel', loading: transition.isPending }}
        onOk={() => form.submit()}
        onCancel={() => setOpen(null)}
        destroyOnHidden
      >
        <ProblemAlert
          error={error}
          message={isProblem(error, 'version.stale') ? t('inspection.conflict.stale') : undefined}
        />
        <Form<TransitionValues>
          form={form}
          layout="vertical"
          onFinish={submit}
          name="transition"
          validateMessages={{ required: t('error.required', { field: '${label}' }) }}
        >
          {open === 'start' && (
            <Form.Item name="date" label={t('inspection.transition.actualStart')} rules={[{ required: true }]}>
              <DatePicker format={DATE_FORMAT} disabledDate={notAfterToday} style={{ width: '100%' }} />
            </Form.Item>
          )}
          {open === 'conclude' && (
            <Form.Item name="date" label={t('inspection.transition.actualEnd')} rules={[{ required: true }]}>
              <DatePicker format={DATE_FORMAT} disabledDate={notAfterToday} style={{ width: '100%' }} />
            </Form.Item>
          )}
          {open === 'close' && <Typography.Paragraph>{t('inspection.transition.closeConfirm')}</Typography.Paragraph>}
          {open === 'cancel' && (
            <Form.Item
              name="reason"
              label={t('inspection.field.cancelReason')}
              rules={[{ required: true, whitespace: true }]}
            >
              <Input.TextArea maxLength={1000} autoSize={{ minRows: 2, maxRows: 5 }} />
            </Form.Item>
          )}
        </Form>
      </Modal>
    </>
  );
}
