import { skipToken, useQuery } from '@tanstack/react-query';
import { Button, Card, DatePicker, Flex, Form, Input, InputNumber, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMemo, useRef } from 'react';
import { RecordFormDrawer } from '@/components/RecordFormDrawer';
import { UnitTreeSelect } from '@/components/UnitTreeSelect';
import { DATE_FORMAT, toApiDate } from '@/lib/dates';
import { useI18n } from '@/lib/i18n';
import {
  SHORTCOMING_KINDS,
  useAddRemedy,
  useCreateShortcoming,
  type RemedyRequest,
  type Shortcoming,
  type ShortcomingKind,
  type ShortcomingRequest,
} from '../api';

export interface RemedyValues {
  action: string;
  ownerUnitId?: number;
  deadline?: Dayjs;
}

export interface ShortcomingValues {
  year: number;
  kind: ShortcomingKind;
  description: string;
  unitIds?: number[];
  subjectiveCauses?: string;
  objectiveCauses?: string;
  remedies?: RemedyValues[];
}

const FIELDS = ['year', 'kind', 'description', 'unitIds', 'subjectiveCauses', 'objectiveCauses'] as const;

const blank = (text: string | undefined) => {
  const trimmed = text?.trim();
  return trimmed ? trimmed : undefined;
};

/** The shortcoming's own request: units concerned, kind, and its causes split into subjective and objective. */
export function shortcomingRequestBody(values: ShortcomingValues): ShortcomingRequest {
  return {
    year: values.year,
    kind: values.kind,
    description: values.description.trim(),
    unitIds: values.unitIds ?? [],
    subjectiveCauses: blank(values.subjectiveCauses),
    objectiveCauses: blank(values.objectiveCauses),
  };
}

/** One request per remedy filled in (rows left empty are skipped), sent after the shortcoming is created. */
export function remedyRequestBodies(values: ShortcomingValues): RemedyRequest[] {
  return (values.remedies ?? [])
    .filter((remedy) => remedy && blank(remedy.action))
    .map((remedy) => ({
      action: remedy.action.trim(),
      ownerUnitId: remedy.ownerUnitId as number,
      deadline: toApiDate(remedy.deadline) as string,
    }));
}

/**
 * Records a shortcoming named by a review, with its causes and the remedies to carry out. The
 * shortcoming is created first, then each remedy; when a remedy is refused, saving again resumes
 * from it rather than recording the shortcoming twice.
 */
export function ShortcomingFormDrawer({
  committeeId,
  year,
  open,
  onClose,
}: {
  committeeId: number;
  year: number;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<ShortcomingValues>();
  const create = useCreateShortcoming();
  const addRemedy = useAddRemedy();
  const progress = useRef<{ shortcoming?: Shortcoming; remediesSent: number }>({ remediesSent: 0 });
  const target = useMemo(() => (open ? { mode: 'create' as const } : null), [open]);
  const record = useQuery<Shortcoming>({ queryKey: ['committees', 'shortcoming-none'], queryFn: skipToken });

  const save = async (values: ShortcomingValues) => {
    if (!progress.current.shortcoming) {
      progress.current = {
        shortcoming: await create.mutateAsync({ committeeId, body: shortcomingRequestBody(values) }),
        remediesSent: 0,
      };
    }
    const remedies = remedyRequestBodies(values);
    let saved = progress.current.shortcoming as Shortcoming;
    for (const body of remedies.slice(progress.current.remediesSent)) {
      saved = await addRemedy.mutateAsync({ committeeId, shortcomingId: saved.id, body });
      progress.current.remediesSent += 1;
    }
    progress.current = { remediesSent: 0 };
    return saved;
  };

  return (
    <RecordFormDrawer<ShortcomingValues, Shortcoming>
      target={target}
      title={t('committees.shortcoming.add')}
      form={form}
      name="committee-shortcoming"
      record={record}
      toValues={() => ({}) as ShortcomingValues}
      createValues={() => ({ year, kind: 'OTHER', unitIds: [], remedies: [{} as RemedyValues] })}
      fields={FIELDS}
      save={save}
      savedMessage={() => t('committees.shortcoming.saved')}
      staleMessage={t('committees.member.stale')}
      onClose={() => {
        progress.current = { remediesSent: 0 };
        onClose();
      }}
    >
      <Flex gap={12} wrap>
        <Form.Item name="year" label={t('reports.year')} rules={[{ required: true }]} style={{ width: 120 }}>
          <InputNumber min={2000} max={2100} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="kind"
          label={t('committees.shortcoming.kind')}
          rules={[{ required: true }]}
          style={{ flex: 1, minWidth: 200 }}
        >
          <Select
            options={SHORTCOMING_KINDS.map((kind) => ({ value: kind, label: t(`committees.shortcomingKind.${kind}`) }))}
          />
        </Form.Item>
      </Flex>
      <Form.Item
        name="description"
        label={t('committees.shortcoming.description')}
        rules={[{ required: true, whitespace: true }]}
      >
        <Input.TextArea rows={3} maxLength={5000} />
      </Form.Item>
      <Form.Item name="unitIds" label={t('committees.shortcoming.units')}>
        <UnitTreeSelect multiple allowClear />
      </Form.Item>
      <Form.Item name="subjectiveCauses" label={t('committees.shortcoming.subjective')}>
        <Input.TextArea rows={2} maxLength={5000} />
      </Form.Item>
      <Form.Item name="objectiveCauses" label={t('committees.shortcoming.objective')}>
        <Input.TextArea rows={2} maxLength={5000} />
      </Form.Item>
      <Form.List name="remedies">
        {(rows, { add, remove }) => (
          <Flex vertical gap={8}>
            {rows.map((row, index) => (
              <Card
                key={row.key}
                size="small"
                title={t('committees.remedy.numbered', { n: String(index + 1) })}
                extra={
                  <Button size="small" type="link" danger onClick={() => remove(row.name)}>
                    {t('committees.remedy.remove')}
                  </Button>
                }
              >
                <Form.Item
                  name={[row.name, 'action']}
                  label={t('committees.remedy.action')}
                  rules={[{ required: true, whitespace: true }]}
                >
                  <Input maxLength={1000} />
                </Form.Item>
                <Form.Item
                  name={[row.name, 'ownerUnitId']}
                  label={t('committees.remedy.owner')}
                  rules={[{ required: true }]}
                >
                  <UnitTreeSelect />
                </Form.Item>
                <Form.Item name={[row.name, 'deadline']} label={t('committees.deadline')} rules={[{ required: true }]}>
                  <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
                </Form.Item>
              </Card>
            ))}
            <Button onClick={() => add({})}>{t('committees.remedy.add')}</Button>
          </Flex>
        )}
      </Form.List>
    </RecordFormDrawer>
  );
}
