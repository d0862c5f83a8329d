import { DatePicker, Form, Input, InputNumber, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { RecordFormDrawer, type FormTarget } from '@/components/RecordFormDrawer';
import { findUnit, type UnitOption } from '@/components/unitTree';
import { UnitTreeSelect } from '@/components/UnitTreeSelect';
import { DATE_FORMAT, fromApiDate, toApiDate } from '@/lib/dates';
import { useI18n } from '@/lib/i18n';
import { blankToUndefined } from '@/lib/text';
import {
  KINDS_BY_UNIT_TYPE,
  useConference,
  useSaveConference,
  type Conference,
  type ConferenceKind,
  type ConferenceRequest,
} from '../api';

interface FormValues {
  unitId: number;
  kind: ConferenceKind;
  date: Dayjs;
  title: string;
  participants: number;
  resolutions?: string | null;
}

const FORM_FIELDS = ['unitId', 'kind', 'date', 'title', 'participants', 'resolutions'] as const;
const MAX_PARTICIPANTS = 100_000;

function toRequest(values: FormValues): ConferenceRequest {
  return {
    unitId: values.unitId,
    kind: values.kind,
    date: toApiDate(values.date),
    title: values.title?.trim() ?? '',
    participants: values.participants,
    resolutions: blankToUndefined(values.resolutions),
  };
}

function toValues(conference: Conference): FormValues {
  return {
    unitId: conference.unit.id,
    kind: conference.kind,
    date: fromApiDate(conference.date) as Dayjs,
    title: conference.title,
    participants: conference.participants,
    resolutions: conference.resolutions ?? null,
  };
}

/** Only agencies, public service units and enterprises hold conferences; the other units only lead to them. */
function holdsNoConference(unit: UnitOption) {
  return KINDS_BY_UNIT_TYPE[unit.type] === undefined;
}

interface ConferenceFormDrawerProps {
  target: FormTarget | null;
  units: UnitOption | undefined;
  onClose: () => void;
}

/** Record or correct a staff conference, workers' conference or workplace dialogue; the kinds offered fit the unit. */
export function ConferenceFormDrawer({ target, units, onClose }: ConferenceFormDrawerProps) {
  const { t } = useI18n();
  const [form] = Form.useForm<FormValues>();
  const editId = target?.mode === 'edit' ? target.id : undefined;
  const conference = useConference(editId);
  const save = useSaveConference();
  const unitId = Form.useWatch('unitId', form);
  const unitType = findUnit(units, unitId)?.type ?? conference.data?.unit.type;
  const kinds = (unitType && KINDS_BY_UNIT_TYPE[unitType]) || [];

  // A kind that does not fit the newly chosen unit goes; the only one that fits comes.
  useEffect(() => {
    const kind = form.getFieldValue('kind') as ConferenceKind | undefined;
    if (unitId !== undefined && (kind === undefined || !kinds.includes(kind))) {
      form.setFieldValue('kind', kinds.length === 1 ? kinds[0] : undefined);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- resets the kind when the holder changes only
  }, [unitId, kinds.join()]);

  return (
    <RecordFormDrawer<FormValues, Conference>
      target={target}
      title={editId ? t('conferences.editTitle', { name: conference.data?.title ?? '' }) : t('conferences.createTitle')}
      form={form}
      name="conference"
      record={conference}
      toValues={toValues}
      fields={FORM_FIELDS}
      save={(values, version) => save.mutateAsync({ id: editId, version, body: toRequest(values) })}
      savedMessage={(saved) => t(editId ? 'conferences.updated' : 'conferences.created', { name: saved.title })}
      staleMessage={t('conferences.conflict.stale')}
      onClose={onClose}
    >
      <Form.Item
        name="unitId"
        label={t('conferences.field.unit')}
        extra={t('conferences.field.unitHint')}
        rules={[{ required: true }]}
      >
        <UnitTreeSelect units={units} unselectable={holdsNoConference} />
      </Form.Item>
      <Form.Item name="kind" label={t('conferences.field.kind')} rules={[{ required: true }]}>
        <Select
          disabled={kinds.length === 0}
          placeholder={kinds.length === 0 ? t('conferences.field.kindPlaceholder') : undefined}
          options={kinds.map((kind) => ({ value: kind, label: t(`conferenceKind.${kind}`) }))}
        />
      </Form.Item>
      <Form.Item name="date" label={t('conferences.field.date')} rules={[{ required: true }]}>
        <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="title" label={t('conferences.field.title')} rules={[{ required: true, whitespace: true }]}>
        <Input maxLength={500} autoComplete="off" />
      </Form.Item>
      <Form.Item name="participants" label={t('conferences.field.participants')} rules={[{ required: true }]}>
        <InputNumber min={0} max={MAX_PARTICIPANTS} precision={0} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item
        name="resolutions"
        label={t('conferences.field.resolutions')}
        extra={t('conferences.field.resolutionsHint')}
      >
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={4000} />
      </Form.Item>
    </RecordFormDrawer>
  );
}
