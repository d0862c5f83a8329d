import { Form, Input, InputNumber } from 'antd';
import dayjs from 'dayjs';
import { useCallback } from 'react';
import { RecordFormDrawer, type FormTarget } from '@/components/RecordFormDrawer';
import { useOwnUnitByDefault, type UnitOption } from '@/components/unitTree';
import { UnitTreeSelect } from '@/components/UnitTreeSelect';
import { AttachmentsPanel } from '@/components/attachments/AttachmentsPanel';
import { toApiDate } from '@/lib/dates';
import { useI18n } from '@/lib/i18n';
import { blankToUndefined } from '@/lib/text';
import { useModelPractice, useSaveModelPractice, type ModelPractice, type ModelPracticeRequest } from '../api';

interface FormValues {
  unitId: number;
  year: number;
  name: string;
  description?: string | null;
  replicatedIn: number[];
}

const FORM_FIELDS = ['unitId', 'year', 'name', 'description', 'replicatedIn'] as const;
/** The years the server accepts (PlausibleYear). */
const FIRST_YEAR = 1945;

function toRequest(values: FormValues): ModelPracticeRequest {
  return {
    unitId: values.unitId,
    year: values.year,
    name: values.name?.trim() ?? '',
    description: blankToUndefined(values.description),
    replicatedIn: values.replicatedIn ?? [],
  };
}

function toValues(practice: ModelPractice): FormValues {
  return {
    unitId: practice.unit.id,
    year: practice.year,
    name: practice.name,
    description: practice.description ?? null,
    replicatedIn: practice.replicatedIn.map((unit) => unit.id),
  };
}

interface ModelPracticeFormDrawerProps {
  target: FormTarget | null;
  units: UnitOption | undefined;
  currentYear: number;
  onClose: () => void;
}

/** Record or correct a model practice (mô hình điển hình) and the units that replicated it. */
export function ModelPracticeFormDrawer({ target, units, currentYear, onClose }: ModelPracticeFormDrawerProps) {
  const { t } = useI18n();
  const [form] = Form.useForm<FormValues>();
  const editId = target?.mode === 'edit' ? target.id : undefined;
  const practice = useModelPractice(editId);
  const save = useSaveModelPractice();
  useOwnUnitByDefault(form, 'unitId', units, target?.mode === 'create');
  const unitId = Form.useWatch('unitId', form);
  // Units as they stood at the end of the practice's year (today for the current year).
  const year = Form.useWatch('year', form) as number | null | undefined;
  const yearEnd = year ? dayjs(`${year}-12-31`) : dayjs();
  const on = toApiDate(yearEnd.isAfter(dayjs()) ? dayjs() : yearEnd);
  // A practice is replicated elsewhere: its own unit cannot be picked.
  const isOwnUnit = useCallback((unit: UnitOption) => unit.id === unitId, [unitId]);

  return (
    <RecordFormDrawer<FormValues, ModelPractice>
      target={target}
      title={
        editId ? t('modelPractices.editTitle', { name: practice.data?.name ?? '' }) : t('modelPractices.createTitle')
      }
      form={form}
      name="modelPractice"
      record={practice}
      toValues={toValues}
      createValues={() => ({ year: currentYear, replicatedIn: [] })}
      fields={FORM_FIELDS}
      save={(values, version) => save.mutateAsync({ id: editId, version, body: toRequest(values) })}
      savedMessage={(saved) => t(editId ? 'modelPractices.updated' : 'modelPractices.created', { name: saved.name })}
      staleMessage={t('modelPractices.conflict.stale')}
      onClose={onClose}
      after={
        editId !== undefined && (
          <AttachmentsPanel
            kind="model-practice"
            ownerId={editId}
            title={t('attachments.practice')}
            canUpload
            visibilities={['STAFF']}
          />
        )
      }
    >
      <Form.Item name="unitId" label={t('modelPractices.field.unit')} rules={[{ required: true }]}>
        <UnitTreeSelect units={units} on={on} />
      </Form.Item>
      <Form.Item name="year" label={t('modelPractices.field.year')} rules={[{ required: true }]}>
        <InputNumber min={FIRST_YEAR} max={currentYear + 1} precision={0} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="name" label={t('modelPractices.field.name')} rules={[{ required: true, whitespace: true }]}>
        <Input maxLength={500} autoComplete="off" />
      </Form.Item>
      <Form.Item name="description" label={t('modelPractices.field.description')}>
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={4000} />
      </Form.Item>
      <Form.Item
        name="replicatedIn"
        label={t('modelPractices.field.replicatedIn')}
        extra={t('modelPractices.field.replicatedInHint')}
      >
        <UnitTreeSelect
          multiple
          allowClear
          units={units}
          on={on}
          unselectable={isOwnUnit}
          outside={practice.data?.replicatedIn}
          placeholder={t('modelPractices.field.replicatedInPlaceholder')}
        />
      </Form.Item>
    </RecordFormDrawer>
  );
}
