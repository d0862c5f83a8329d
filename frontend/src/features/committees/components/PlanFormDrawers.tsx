import { skipToken, useQuery } from '@tanstack/react-query';
import { DatePicker, Form, Input, InputNumber, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMemo } from 'react';
import { RecordFormDrawer } from '@/components/RecordFormDrawer';
import { UnitTreeSelect } from '@/components/UnitTreeSelect';
import { DATE_FORMAT, toApiDate } from '@/lib/dates';
import { useI18n } from '@/lib/i18n';
import {
  useAddTarget,
  useAddTask,
  useCreatePlan,
  useReviewFigures,
  type Committee,
  type CommitteePlan,
  type PlanRequest,
  type TargetRequest,
  type TaskRequest,
} from '../api';

/** What a plan drawer adds: the plan itself (when the year has none), a target, or a task. */
export type PlanAddition = 'plan' | 'target' | 'task';

export interface PlanValues {
  theme: string;
}

export interface TargetValues {
  figureKey: string;
  comparator: 'GE' | 'LE';
  /** A share is typed in percent (90 for 90 %); a count as it is. */
  threshold: number;
  unitId?: number;
  label?: string;
}

export interface TaskValues {
  title: string;
  owner?: string;
  deadline?: Dayjs | null;
}

const blank = (text: string | undefined) => {
  const trimmed = text?.trim();
  return trimmed ? trimmed : undefined;
};

export function planRequestBody(year: number, values: PlanValues): PlanRequest {
  return { year, theme: values.theme.trim() };
}

/** A share's threshold goes to the API as a fraction (90 % → 0.9); no unit means the whole subtree. */
export function targetRequestBody(values: TargetValues, shareFigure: boolean): TargetRequest {
  return {
    figureKey: values.figureKey,
    comparator: values.comparator,
    threshold: shareFigure ? Math.round(values.threshold * 100) / 10000 : values.threshold,
    unitId: values.unitId ?? undefined,
    label: blank(values.label),
  };
}

export function taskRequestBody(values: TaskValues): TaskRequest {
  return { title: values.title.trim(), owner: blank(values.owner), deadline: toApiDate(values.deadline) };
}

type AnyValues = PlanValues & TargetValues & TaskValues;

const FIELDS = {
  plan: ['theme', 'year'],
  target: ['figureKey', 'comparator', 'threshold', 'unitId', 'label'],
  task: ['title', 'owner', 'deadline'],
} as const;

/** Adds the year's plan, or a target or a task to it. */
export function PlanFormDrawer({
  committee,
  year,
  adding,
  onClose,
}: {
  committee: Committee;
  year: number;
  adding: PlanAddition | null;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<AnyValues>();
  const createPlan = useCreatePlan();
  const addTarget = useAddTarget();
  const addTask = useAddTask();
  const figures = useReviewFigures(committee.unit.id, year, adding === 'target');
  const figureKey = Form.useWatch('figureKey', form);
  const figure = (figures.data ?? []).find((f) => f.key === figureKey);
  const share = figure?.kind === 'SHARE';
  const target = useMemo(() => (adding ? { mode: 'create' as const } : null), [adding]);
  const record = useQuery<CommitteePlan>({ queryKey: ['committees', 'plan-none'], queryFn: skipToken });

  const save = async (values: AnyValues) => {
    const committeeId = committee.id;
    if (adding === 'plan') {
      return await createPlan.mutateAsync({ committeeId, body: planRequestBody(year, values) });
    }
    if (adding === 'target') {
      return await addTarget.mutateAsync({ committeeId, year, body: targetRequestBody(values, share) });
    }
    return await addTask.mutateAsync({ committeeId, year, body: taskRequestBody(values) });
  };

  const title =
    adding === 'plan'
      ? t('committees.plan.add', { year: String(year) })
      : adding === 'target'
        ? t('committees.target.add')
        : t('committees.task.add');

  return (
    <RecordFormDrawer<AnyValues, CommitteePlan>
      target={target}
      title={title}
      form={form}
      name={`committee-${adding ?? 'plan'}`}
      record={record}
      toValues={() => ({}) as AnyValues}
      createValues={() => (adding === 'target' ? { comparator: 'GE' } : {})}
      fields={adding ? FIELDS[adding] : []}
      save={save}
      savedMessage={() => t('committees.plan.saved')}
      staleMessage={t('committees.member.stale')}
      onClose={onClose}
    >
      {adding === 'plan' && (
        <Form.Item name="theme" label={t('committees.plan.themeLabel')} rules={[{ required: true, whitespace: true }]}>
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
      )}
      {adding === 'target' && (
        <>
          <Form.Item name="figureKey" label={t('committees.target.figure')} rules={[{ required: true }]}>
            <Select
              showSearch
              optionFilterProp="label"
              loading={figures.isLoading}
              options={(figures.data ?? []).map((f) => ({ value: f.key, label: f.label }))}
            />
          </Form.Item>
          <Form.Item name="comparator" label={t('committees.target.comparator')} rules={[{ required: true }]}>
            <Select
              options={[
                { value: 'GE', label: t('committees.target.GE') },
                { value: 'LE', label: t('committees.target.LE') },
              ]}
            />
          </Form.Item>
          <Form.Item
            name="threshold"
            label={t('committees.target.threshold')}
            rules={[{ required: true }]}
            extra={share ? t('committees.target.percentHelp') : undefined}
          >
            <InputNumber min={0} max={share ? 100 : undefined} addonAfter={share ? '%' : undefined} />
          </Form.Item>
          <Form.Item name="unitId" label={t('committees.target.area')} extra={t('committees.target.areaHelp')}>
            <UnitTreeSelect allowClear />
          </Form.Item>
          <Form.Item name="label" label={t('committees.target.label')}>
            <Input maxLength={500} />
          </Form.Item>
        </>
      )}
      {adding === 'task' && (
        <>
          <Form.Item name="title" label={t('committees.task')} rules={[{ required: true, whitespace: true }]}>
            <Input.TextArea rows={2} maxLength={1000} />
          </Form.Item>
          <Form.Item name="owner" label={t('committees.owner')}>
            <Input maxLength={500} />
          </Form.Item>
          <Form.Item name="deadline" label={t('committees.deadline')}>
            <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
          </Form.Item>
        </>
      )}
    </RecordFormDrawer>
  );
}
