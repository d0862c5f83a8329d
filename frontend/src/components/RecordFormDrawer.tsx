import type { UseQueryResult } from '@tanstack/react-query';
import { App, Button, Form, Skeleton } from 'antd';
import type { FormInstance } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import { isProblem } from '@/api';
import { useI18n } from '@/lib/i18n';
import { FormDrawer } from './FormDrawer';
import { ProblemAlert } from './ProblemAlert';
import { useFormProblems } from './useFormProblems';

/** Which record a drawer opens on; features add what a new record starts from. */
export type FormTarget = { mode: 'create' } | { mode: 'edit'; id: number };

/** A conflict (409) that the feature explains in its own words; with a field, shown at that field too. */
export interface ConflictExplanation {
  message: string;
  field?: string;
}

interface RecordFormDrawerProps<Values, Saved extends { version: number }> {
  /** Null while closed; a new object on every opening. */
  target: { mode: 'create' | 'edit' } | null;
  title: string;
  form: FormInstance<Values>;
  /** The form's name, which prefixes the inputs' ids. */
  name: string;
  /** The edited record, read afresh when the drawer opens (a disabled query when creating). */
  record: UseQueryResult<Saved>;
  toValues: (record: Saved) => Values;
  /** What a new record's form starts with, asked once per opening. */
  createValues?: () => Partial<Values>;
  /** The form's field names, where the server's field errors land. */
  fields: readonly string[];
  /** Creates or updates; `version` is the one the form was filled from (undefined when creating). */
  save: (values: Values, version: number | undefined) => Promise<Saved>;
  savedMessage: (saved: Saved) => string;
  /** By problem code. */
  conflicts?: Record<string, ConflictExplanation>;
  /** Said when someone else changed the record meanwhile (409 version.stale), beside a reload button. */
  staleMessage: string;
  onClose: () => void;
  children: ReactNode;
  /** Shown below the form once the record is loaded (the record's files, for one). */
  after?: ReactNode;
}

/**
 * Create or edit one record in a drawer: the form is filled once per opening (background refetches
 * never overwrite what the user typed), the version read is sent back, server-side field errors land
 * at their fields, conflicts above the form, and a stale version offers to reload the latest.
 */
export function RecordFormDrawer<Values, Saved extends { version: number }>({
  target,
  title,
  form,
  name,
  record,
  toValues,
  createValues,
  fields,
  save,
  savedMessage,
  conflicts = {},
  staleMessage,
  onClose,
  children,
  after,
}: RecordFormDrawerProps<Values, Saved>) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const problems = useFormProblems(form, fields);
  const { error, unmatched, stale } = problems;
  const [saving, setSaving] = useState(false);
  /** The version the form was filled from; sent back so a concurrent change is detected. */
  const [baseVersion, setBaseVersion] = useState<number | undefined>();
  const editing = target?.mode === 'edit';

  const clearProblems = problems.clear;

  const fill = (values: Partial<Values>) => {
    form.resetFields();
    form.setFieldsValue(values as Parameters<FormInstance<Values>['setFieldsValue']>[0]);
  };

  // Once per opening, hence only `target` as dependency.
  useEffect(() => {
    if (!target) {
      return;
    }
    clearProblems();
    if (target.mode === 'create') {
      setBaseVersion(undefined);
      fill(createValues?.() ?? {});
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- runs once per opening: the form callbacks are new on every render
  }, [target]);

  const loaded = record.data;
  useEffect(() => {
    if (editing && loaded && baseVersion === undefined) {
      fill(toValues(loaded));
      setBaseVersion(loaded.version);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- fills the form once when the record arrives; callbacks are new on every render
  }, [editing, loaded, baseVersion]);

  const close = () => {
    setBaseVersion(undefined);
    clearProblems();
    onClose();
  };

  const reloadLatest = async () => {
    const fresh = await record.refetch();
    if (fresh.data) {
      fill(toValues(fresh.data));
      setBaseVersion(fresh.data.version);
      clearProblems();
    }
  };

  const submit = async (values: Values) => {
    clearProblems();
    setSaving(true);
    try {
      const saved = await save(values, editing ? baseVersion : undefined);
      message.success(savedMessage(saved));
      close();
    } catch (failure) {
      problems.show(failure);
      const explained = Object.entries(conflicts).find(([code]) => isProblem(failure, code))?.[1];
      if (explained?.field) {
        form.setFields([{ name: explained.field as never, errors: [explained.message] }]);
      }
    } finally {
      setSaving(false);
    }
  };

  const conflictMessage =
    Object.entries(conflicts).find(([code]) => isProblem(error, code))?.[1].message ??
    (stale ? staleMessage : undefined);
  const loading = editing && baseVersion === undefined && !record.error;

  return (
    <FormDrawer
      open={target !== null}
      title={title}
      onClose={close}
      onSave={() => form.submit()}
      saving={saving}
      saveDisabled={loading}
    >
      {record.error && editing && <ProblemAlert error={record.error} />}
      <ProblemAlert
        error={error}
        unmatched={unmatched}
        message={conflictMessage}
        action={
          stale ? (
            <Button size="small" onClick={reloadLatest} loading={record.isFetching}>
              {t('common.reloadLatest')}
            </Button>
          ) : undefined
        }
      />
      {loading ? (
        <Skeleton active paragraph={{ rows: 8 }} />
      ) : (
        <Form<Values>
          form={form}
          layout="vertical"
          onFinish={submit}
          requiredMark
          disabled={saving}
          name={name}
          validateMessages={{ required: t('error.required', { field: '${label}' }) }}
        >
          {children}
        </Form>
      )}
      {!loading && after}
    </FormDrawer>
  );
}
