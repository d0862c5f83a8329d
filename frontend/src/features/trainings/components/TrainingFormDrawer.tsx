import { DatePicker, Form, Input, InputNumber } from 'antd';
import type { Dayjs } from 'dayjs';
import { RecordFormDrawer, type FormTarget } from '@/components/RecordFormDrawer';
import { useOwnUnitByDefault, type UnitOption } from '@/components/unitTree';
import { UnitTreeSelect } from '@/components/UnitTreeSelect';
import { DATE_FORMAT, fromApiDate, toApiDate } from '@/lib/dates';
import { useI18n } from '@/lib/i18n';
import { blankToUndefined } from '@/lib/text';
import { useSaveTraining, useTraining, type Training, type TrainingRequest } from '../api';

interface FormValues {
  organizerUnitId: number;
  date: Dayjs;
  topic: string;
  audience?: string | null;
  location?: string | null;
  attendances: number;
}

const FORM_FIELDS = ['organizerUnitId', 'date', 'topic', 'audience', 'location', 'attendances'] as const;
export const MAX_ATTENDANCES = 100_000;

function toRequest(values: FormValues): TrainingRequest {
  return {
    organizerUnitId: values.organizerUnitId,
    date: toApiDate(values.date),
    topic: values.topic?.trim() ?? '',
    audience: blankToUndefined(values.audience),
    location: blankToUndefined(values.location),
    attendances: values.attendances,
  };
}

function toValues(training: Training): FormValues {
  return {
    organizerUnitId: training.organizerUnit.id,
    date: fromApiDate(training.date) as Dayjs,
    topic: training.topic,
    audience: training.audience ?? null,
    location: training.location ?? null,
    attendances: training.attendances,
  };
}

interface TrainingFormDrawerProps {
  target: FormTarget | null;
  units: UnitOption | undefined;
  onClose: () => void;
}

/** Record or correct a training class (tập huấn). */
export function TrainingFormDrawer({ target, units, onClose }: TrainingFormDrawerProps) {
  const { t } = useI18n();
  const [form] = Form.useForm<FormValues>();
  // Only units that existed on the training's day are offered.
  const date = Form.useWatch('date', form);
  const editId = target?.mode === 'edit' ? target.id : undefined;
  const training = useTraining(editId);
  const save = useSaveTraining();
  useOwnUnitByDefault(form, 'organizerUnitId', units, target?.mode === 'create');

  return (
    <RecordFormDrawer<FormValues, Training>
      target={target}
      title={editId ? t('trainings.editTitle', { name: training.data?.topic ?? '' }) : t('trainings.createTitle')}
      form={form}
      name="training"
      record={training}
      toValues={toValues}
      fields={FORM_FIELDS}
      save={(values, version) => save.mutateAsync({ id: editId, version, body: toRequest(values) })}
      savedMessage={(saved) => t(editId ? 'trainings.updated' : 'trainings.created', { name: saved.topic })}
      staleMessage={t('trainings.conflict.stale')}
      onClose={onClose}
    >
      <Form.Item name="organizerUnitId" label={t('trainings.field.organizer')} rules={[{ required: true }]}>
        <UnitTreeSelect units={units} on={toApiDate(date)} />
      </Form.Item>
      <Form.Item name="date" label={t('trainings.field.date')} rules={[{ required: true }]}>
        <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="topic" label={t('trainings.field.topic')} rules={[{ required: true, whitespace: true }]}>
        <Input maxLength={500} autoComplete="off" />
      </Form.Item>
      <Form.Item name="audience" label={t('trainings.field.audience')}>
        <Input maxLength={500} autoComplete="off" />
      </Form.Item>
      <Form.Item name="location" label={t('trainings.field.location')}>
        <Input maxLength={255} autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="attendances"
        label={t('trainings.field.attendances')}
        extra={t('trainings.field.attendancesHint')}
        rules={[{ required: true }]}
      >
        <InputNumber min={0} max={MAX_ATTENDANCES} precision={0} style={{ width: '100%' }} />
      </Form.Item>
    </RecordFormDrawer>
  );
}
