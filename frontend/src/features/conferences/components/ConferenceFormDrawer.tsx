import { Button, Card, DatePicker, Form, Input, InputNumber, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { RecordFormDrawer, type FormTarget } from '@/components/RecordFormDrawer';
import { findUnit, type UnitOption } from '@/components/unitTree';
import { UnitTreeSelect } from '@/components/UnitTreeSelect';
import { DATE_FORMAT, fromApiDate, toApiDate } from '@/lib/dates';
import { AttachmentsPanel } from '@/components/attachments/AttachmentsPanel';
import { useI18n } from '@/lib/i18n';
import { blankToUndefined } from '@/lib/text';
import {
  CONTRIBUTIONS,
  DECIDED_BY,
  KINDS_BY_UNIT_TYPE,
  type Contribution,
  type DecidedBy,
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
  householdsTotal?: number | null;
  householdsRepresented?: number | null;
  items?: ItemValues[];
}

interface ItemValues {
  title: string;
  decidedBy: DecidedBy;
  votesFor: number;
  votesAgainst: number;
  votesAbstain: number;
  contribution?: Contribution;
  recognised?: boolean;
  completedOn?: string | null;
}

const FORM_FIELDS = [
  'unitId',
  'kind',
  'date',
  'title',
  'participants',
  'resolutions',
  'householdsTotal',
  'householdsRepresented',
  'items',
] as const;
const MAX_PARTICIPANTS = 100_000;

function toRequest(values: FormValues): ConferenceRequest {
  return {
    unitId: values.unitId,
    kind: values.kind,
    date: toApiDate(values.date),
    title: values.title?.trim() ?? '',
    participants: values.participants,
    resolutions: blankToUndefined(values.resolutions),
    ...(values.kind === 'VILLAGE_MEETING'
      ? {
          householdsTotal: values.householdsTotal ?? undefined,
          householdsRepresented: values.householdsRepresented ?? undefined,
          items: (values.items ?? []).map((item) => ({
            ...item,
            title: item.title?.trim() ?? '',
            contribution: item.contribution ?? 'NONE',
            completedOn: item.completedOn ?? undefined,
          })),
        }
      : {}),
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
    householdsTotal: conference.householdsTotal ?? null,
    householdsRepresented: conference.householdsRepresented ?? null,
    items: conference.items.map((item) => ({
      title: item.title,
      decidedBy: item.decidedBy,
      votesFor: item.votesFor,
      votesAgainst: item.votesAgainst,
      votesAbstain: item.votesAbstain,
      contribution: item.contribution,
      recognised: item.recognised,
      completedOn: item.completedOn ?? null,
    })),
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
  // Only units that existed on the conference's day are offered.
  const date = Form.useWatch('date', form);
  const editId = target?.mode === 'edit' ? target.id : undefined;
  const conference = useConference(editId);
  const save = useSaveConference();
  const unitId = Form.useWatch('unitId', form);
  const unitType = findUnit(units, unitId)?.type ?? conference.data?.unit.type;
  const kinds = (unitType && KINDS_BY_UNIT_TYPE[unitType]) || [];
  const kind = Form.useWatch('kind', form);

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
      after={
        editId !== undefined && (
          <AttachmentsPanel
            kind="conference"
            ownerId={editId}
            title={t('attachments.minutes')}
            canUpload
            visibilities={['STAFF']}
          />
        )
      }
    >
      <Form.Item
        name="unitId"
        label={t('conferences.field.unit')}
        extra={t('conferences.field.unitHint')}
        rules={[{ required: true }]}
      >
        <UnitTreeSelect units={units} unselectable={holdsNoConference} on={toApiDate(date)} />
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
      {kind === 'VILLAGE_MEETING' && (
        <>
          <Space.Compact block>
            <Form.Item
              name="householdsTotal"
              label={t('conferences.field.householdsTotal')}
              rules={[{ required: true }]}
              style={{ width: '50%' }}
            >
              <InputNumber min={1} max={MAX_PARTICIPANTS} precision={0} style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item
              name="householdsRepresented"
              label={t('conferences.field.householdsRepresented')}
              rules={[{ required: true }]}
              style={{ width: '50%' }}
            >
              <InputNumber min={0} max={MAX_PARTICIPANTS} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Space.Compact>
          <Form.Item label={t('conferences.field.items')} extra={t('conferences.field.householdsHint')}>
            <Form.List name="items">
              {(fields, { add, remove }) => (
                <Space direction="vertical" style={{ width: '100%' }}>
                  {fields.map((field) => (
                    <Card
                      key={field.key}
                      size="small"
                      extra={
                        <Button type="link" danger onClick={() => remove(field.name)}>
                          {t('common.delete')}
                        </Button>
                      }
                    >
                      <Form.Item
                        name={[field.name, 'title']}
                        label={t('conferences.field.itemTitle')}
                        rules={[{ required: true, whitespace: true }]}
                      >
                        <Input maxLength={1000} autoComplete="off" />
                      </Form.Item>
                      <Form.Item
                        name={[field.name, 'decidedBy']}
                        label={t('conferences.field.decidedBy')}
                        rules={[{ required: true }]}
                      >
                        <Select options={DECIDED_BY.map((value) => ({ value, label: t(`decidedBy.${value}`) }))} />
                      </Form.Item>
                      <Space wrap>
                        <Form.Item
                          name={[field.name, 'votesFor']}
                          label={t('conferences.field.votesFor')}
                          rules={[{ required: true }]}
                        >
                          <InputNumber min={0} max={MAX_PARTICIPANTS} precision={0} />
                        </Form.Item>
                        <Form.Item
                          name={[field.name, 'votesAgainst']}
                          label={t('conferences.field.votesAgainst')}
                          rules={[{ required: true }]}
                        >
                          <InputNumber min={0} max={MAX_PARTICIPANTS} precision={0} />
                        </Form.Item>
                        <Form.Item
                          name={[field.name, 'votesAbstain']}
                          label={t('conferences.field.votesAbstain')}
                          rules={[{ required: true }]}
                        >
                          <InputNumber min={0} max={MAX_PARTICIPANTS} precision={0} />
                        </Form.Item>
                      </Space>
                      <Form.Item name={[field.name, 'contribution']} label={t('conferences.field.contribution')}>
                        <Select
                          options={CONTRIBUTIONS.map((value) => ({ value, label: t(`contribution.${value}`) }))}
                        />
                      </Form.Item>
                    </Card>
                  ))}
                  <Button
                    onClick={() =>
                      add({
                        decidedBy: 'SHOW_OF_HANDS',
                        votesFor: 0,
                        votesAgainst: 0,
                        votesAbstain: 0,
                        contribution: 'NONE',
                      })
                    }
                  >
                    {t('conferences.field.addItem')}
                  </Button>
                </Space>
              )}
            </Form.List>
          </Form.Item>
        </>
      )}
    </RecordFormDrawer>
  );
}
