import { App, Button, Form, Input, Select, Skeleton } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { FormDrawer } from '@/components/FormDrawer';
import { ProblemAlert } from '@/components/ProblemAlert';
import { UnitTreeSelect } from '@/components/UnitTreeSelect';
import { useFormProblems } from '@/components/useFormProblems';
import { toApiDate } from '@/lib/dates';
import { useI18n } from '@/lib/i18n';
import {
  REGULATION_KINDS,
  useCreateRegulation,
  useRegulation,
  useReviseRegulation,
  useUpdateRegulation,
  type Regulation,
  type RegulationKind,
} from '../api';

/** A new draft, the revision of a regulation in force (a draft replacing it), or corrections to one. */
export type RegulationFormTarget =
  { mode: 'create' } | { mode: 'revise'; of: Regulation } | { mode: 'edit'; id: number };

interface RegulationFormDrawerProps {
  target: RegulationFormTarget | null;
  onClose: () => void;
  /** Called with the saved regulation, e.g. to open it. */
  onSaved?: (regulation: Regulation) => void;
}

interface FormValues {
  unitId?: number;
  kind?: RegulationKind;
  number?: string | null;
  title: string;
  issueDate?: string | null;
}

const FORM_FIELDS = ['unitId', 'kind', 'number', 'title', 'issueDate'] as const;

function blankToUndefined(value: string | null | undefined) {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? undefined : trimmed;
}

export function RegulationFormDrawer({ target, onClose, onSaved }: RegulationFormDrawerProps) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  // Units are offered as they stood on the issue date (today while it is empty): a closed unit issues nothing after.
  const issueDate = Form.useWatch('issueDate', form) as string | null | undefined;
  const editId = target?.mode === 'edit' ? target.id : undefined;
  const regulationQuery = useRegulation(editId);
  const create = useCreateRegulation();
  const update = useUpdateRegulation();
  const revise = useReviseRegulation();
  const problems = useFormProblems(form, FORM_FIELDS);
  const clearProblems = problems.clear;
  const [baseVersion, setBaseVersion] = useState<number | undefined>();

  // Fill the form once per opening; background refetches must not overwrite what the user typed.
  useEffect(() => {
    if (!target) {
      return;
    }
    clearProblems();
    setBaseVersion(undefined);
    form.resetFields();
    if (target.mode === 'revise') {
      form.setFieldsValue({ unitId: target.of.unit.id, kind: target.of.kind, title: target.of.title });
    }
  }, [target, form, clearProblems]);

  const loaded = regulationQuery.data;
  useEffect(() => {
    if (target?.mode === 'edit' && loaded && baseVersion === undefined) {
      form.setFieldsValue({ number: loaded.number ?? null, title: loaded.title, issueDate: loaded.issueDate ?? null });
      setBaseVersion(loaded.version);
    }
  }, [target, loaded, baseVersion, form]);

  const close = () => {
    clearProblems();
    setBaseVersion(undefined);
    onClose();
  };

  const reloadLatest = async () => {
    const fresh = await regulationQuery.refetch();
    if (fresh.data) {
      form.setFieldsValue({
        number: fresh.data.number ?? null,
        title: fresh.data.title,
        issueDate: fresh.data.issueDate ?? null,
      });
      setBaseVersion(fresh.data.version);
      clearProblems();
    }
  };

  const submit = async (values: FormValues) => {
    clearProblems();
    const common = {
      number: blankToUndefined(values.number),
      title: values.title?.trim() ?? '',
      issueDate: blankToUndefined(values.issueDate),
    };
    try {
      const saved =
        target?.mode === 'edit'
          ? await update.mutateAsync({ id: target.id, version: baseVersion ?? 0, body: common })
          : target?.mode === 'revise'
            ? await revise.mutateAsync({ id: target.of.id, version: target.of.version, body: common })
            : await create.mutateAsync({ ...common, unitId: values.unitId as number, kind: values.kind });
      message.success(
        t(target?.mode === 'edit' ? 'regulations.updated' : 'regulations.created', { title: saved.title }),
      );
      close();
      onSaved?.(saved);
    } catch (failure) {
      problems.show(failure);
    }
  };

  const stale = problems.stale;
  const saving = create.isPending || update.isPending || revise.isPending;
  const loading = target?.mode === 'edit' && baseVersion === undefined && !regulationQuery.error;
  const creating = target?.mode === 'create' || target?.mode === 'revise';
  const title =
    target?.mode === 'edit'
      ? t('regulations.editTitle')
      : target?.mode === 'revise'
        ? t('regulations.reviseTitle', { title: target.of.title })
        : t('regulations.createTitle');

  return (
    <FormDrawer
      open={target !== null}
      title={title}
      onClose={close}
      onSave={() => form.submit()}
      saving={saving}
      saveDisabled={loading}
    >
      {regulationQuery.error && target?.mode === 'edit' && <ProblemAlert error={regulationQuery.error} />}
      <ProblemAlert
        error={problems.error}
        unmatched={problems.unmatched}
        message={stale ? t('regulations.conflict.stale') : undefined}
        action={
          stale && target?.mode === 'edit' ? (
            <Button size="small" onClick={reloadLatest} loading={regulationQuery.isFetching}>
              {t('common.reload')}
            </Button>
          ) : undefined
        }
      />
      {loading ? (
        <Skeleton active paragraph={{ rows: 5 }} />
      ) : (
        <Form<FormValues>
          form={form}
          layout="vertical"
          onFinish={submit}
          requiredMark
          disabled={saving}
          name="regulation"
          validateMessages={{ required: t('error.required', { field: '${label}' }) }}
        >
          {creating && (
            <>
              <Form.Item name="unitId" label={t('regulations.field.unit')} rules={[{ required: true }]}>
                <UnitTreeSelect disabled={target?.mode === 'revise'} on={issueDate || toApiDate(dayjs())} />
              </Form.Item>
              <Form.Item name="kind" label={t('regulations.field.kind')} extra={t('regulations.field.kindHelp')}>
                <Select
                  allowClear
                  disabled={target?.mode === 'revise'}
                  options={REGULATION_KINDS.map((value) => ({ value, label: t(`regulationKind.${value}`) }))}
                />
              </Form.Item>
            </>
          )}
          <Form.Item name="title" label={t('regulations.field.title')} rules={[{ required: true }]}>
            <Input maxLength={500} autoComplete="off" />
          </Form.Item>
          <Form.Item name="number" label={t('regulations.field.number')}>
            <Input maxLength={64} autoComplete="off" />
          </Form.Item>
          <Form.Item name="issueDate" label={t('regulations.field.issueDate')}>
            <Input type="date" />
          </Form.Item>
        </Form>
      )}
    </FormDrawer>
  );
}
