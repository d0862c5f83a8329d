import { App, Button, Drawer, Form, Input, InputNumber, Select, Skeleton, Space, Switch, TreeSelect } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { isProblem, type FieldProblem } from '@/api';
import { applyProblemToForm } from '@/components/applyProblemToForm';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useI18n } from '@/lib/i18n';
import { foldVietnamese } from '@/lib/text';
import {
  UNIT_TYPES,
  useCreateUnit,
  useUnit,
  useUpdateUnit,
  type Unit,
  type UnitRequest,
  type UnitTreeNode,
  type UnitType,
} from '../api';
import { findInTree, subtreeIds } from './treeUtils';
import { likelyChildType } from './unitTypeLabel';

export type UnitFormTarget = { mode: 'create'; parentId?: number } | { mode: 'edit'; id: number };

interface UnitFormDrawerProps {
  target: UnitFormTarget | null;
  /** The caller's subtree, offered as possible parents. */
  tree: UnitTreeNode | undefined;
  onClose: () => void;
}

interface UnitFormValues {
  code: string;
  name: string;
  type: UnitType;
  parentId?: number | null;
  taxCode?: string | null;
  address?: string | null;
  headCount?: number | null;
  active: boolean;
}

const FORM_FIELDS = ['code', 'name', 'type', 'parentId', 'taxCode', 'address', 'headCount', 'active'] as const;

function blankToUndefined(value: string | null | undefined): string | undefined {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? undefined : trimmed;
}

function toRequest(values: UnitFormValues): UnitRequest {
  return {
    code: values.code?.trim() ?? '',
    name: values.name?.trim() ?? '',
    type: values.type,
    parentId: values.parentId ?? undefined,
    // A tax code belongs to enterprises only; do not keep a stale one after a type change.
    taxCode: values.type === 'ENTERPRISE' ? blankToUndefined(values.taxCode) : undefined,
    address: blankToUndefined(values.address),
    headCount: values.headCount ?? undefined,
    active: values.active,
  };
}

function toValues(unit: Unit): UnitFormValues {
  return {
    code: unit.code,
    name: unit.name,
    type: unit.type,
    parentId: unit.parentId ?? null,
    taxCode: unit.taxCode ?? null,
    address: unit.address ?? null,
    headCount: unit.headCount ?? null,
    active: unit.active,
  };
}

interface ParentOption {
  value: number;
  title: string;
  label: string;
  disabled: boolean;
  children: ParentOption[];
}

function toParentOptions(node: UnitTreeNode, excluded: Set<number>): ParentOption {
  return {
    value: node.id,
    title: `${node.name} (${node.code})`,
    label: node.name,
    disabled: excluded.has(node.id),
    children: (node.children ?? []).map((child) => toParentOptions(child, excluded)),
  };
}

/** Create or edit a unit; server-side validation lands at the fields, conflicts above the form. */
export function UnitFormDrawer({ target, tree, onClose }: UnitFormDrawerProps) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<UnitFormValues>();
  const editId = target?.mode === 'edit' ? target.id : undefined;
  const unitQuery = useUnit(editId);
  const createUnit = useCreateUnit();
  const updateUnit = useUpdateUnit();
  const [error, setError] = useState<unknown>(null);
  const [unmatched, setUnmatched] = useState<FieldProblem[]>([]);
  /** The version the form was filled from; sent back so a concurrent change is detected. */
  const [baseVersion, setBaseVersion] = useState<number | undefined>();
  const selectedType = Form.useWatch('type', form);

  const clearProblems = () => {
    setError(null);
    setUnmatched([]);
  };

  // Fill the form once per opening (hence only `target` as dependency); later background
  // refetches must not overwrite what the user typed.
  useEffect(() => {
    if (!target) {
      return;
    }
    clearProblems();
    if (target.mode === 'create') {
      setBaseVersion(undefined);
      form.resetFields();
      const parent = findInTree(tree, target.parentId ?? tree?.id ?? -1);
      form.setFieldsValue({ parentId: parent?.id, type: likelyChildType(parent?.type), active: true });
    }
  }, [target]);

  const loadedUnit = unitQuery.data;
  useEffect(() => {
    if (target?.mode === 'edit' && loadedUnit && baseVersion === undefined) {
      form.resetFields();
      form.setFieldsValue(toValues(loadedUnit));
      setBaseVersion(loadedUnit.version);
    }
  }, [target, loadedUnit, baseVersion, form]);

  const parentOptions = useMemo(() => {
    if (!tree) {
      return [];
    }
    const excluded = editId === undefined ? new Set<number>() : subtreeIds(findInTree(tree, editId));
    return [toParentOptions(tree, excluded)];
  }, [tree, editId]);

  const close = () => {
    setBaseVersion(undefined);
    clearProblems();
    onClose();
  };

  const reloadLatest = async () => {
    const fresh = await unitQuery.refetch();
    if (fresh.data) {
      form.resetFields();
      form.setFieldsValue(toValues(fresh.data));
      setBaseVersion(fresh.data.version);
      clearProblems();
    }
  };

  const submit = async (values: UnitFormValues) => {
    clearProblems();
    const body = toRequest(values);
    try {
      const saved =
        target?.mode === 'edit'
          ? await updateUnit.mutateAsync({ id: target.id, version: baseVersion ?? 0, body })
          : await createUnit.mutateAsync(body);
      message.success(t(target?.mode === 'edit' ? 'units.updated' : 'units.created', { name: saved.name }));
      close();
    } catch (failure) {
      setError(failure);
      setUnmatched(applyProblemToForm(form, failure, FORM_FIELDS));
      if (isProblem(failure, 'unit.code.duplicate')) {
        form.setFields([{ name: 'code', errors: [t('units.conflict.duplicateCode')] }]);
      }
    }
  };

  const saving = createUnit.isPending || updateUnit.isPending;
  const stale = isProblem(error, 'version.stale');
  const conflictMessage = isProblem(error, 'unit.code.duplicate')
    ? t('units.conflict.duplicateCode')
    : stale
      ? t('units.conflict.stale')
      : undefined;
  const title =
    target?.mode === 'edit'
      ? t('units.editTitle', { name: loadedUnit?.name ?? '' })
      : t('units.createTitle');
  const loadingUnit = target?.mode === 'edit' && baseVersion === undefined && !unitQuery.error;

  return (
    <Drawer
      open={target !== null}
      title={title}
      size={560}
      onClose={close}
      destroyOnHidden
      footer={
        <Space style={{ display: 'flex', justifyContent: 'flex-end' }}>
          <Button onClick={close}>{t('common.cancel')}</Button>
          <Button type="primary" loading={saving} disabled={loadingUnit} onClick={() => form.submit()}>
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      {unitQuery.error && target?.mode === 'edit' && <ProblemAlert error={unitQuery.error} />}
      <ProblemAlert
        error={error}
        unmatched={unmatched}
        message={conflictMessage}
        action={
          stale ? (
            <Button size="small" onClick={reloadLatest} loading={unitQuery.isFetching}>
              {t('units.conflict.reload')}
            </Button>
          ) : undefined
        }
      />
      {loadingUnit ? (
        <Skeleton active paragraph={{ rows: 8 }} />
      ) : (
        <Form<UnitFormValues>
          form={form}
          layout="vertical"
          onFinish={submit}
          requiredMark
          disabled={saving}
          name="unit"
          validateMessages={{ required: t('error.required', { field: '${label}' }) }}
        >
          <Form.Item name="code" label={t('units.field.code')} extra={t('units.field.codeHint')} rules={[{ required: true }]}>
            <Input maxLength={64} autoComplete="off" />
          </Form.Item>
          <Form.Item name="name" label={t('units.field.name')} rules={[{ required: true }]}>
            <Input maxLength={255} autoComplete="off" />
          </Form.Item>
          <Form.Item name="type" label={t('units.field.type')} rules={[{ required: true }]}>
            <Select options={UNIT_TYPES.map((type) => ({ value: type, label: t(`unitType.${type}`) }))} />
          </Form.Item>
          <Form.Item name="parentId" label={t('units.field.parent')}>
            <TreeSelect
              treeData={parentOptions}
              treeDefaultExpandedKeys={tree ? [tree.id] : []}
              placeholder={t('units.field.parentPlaceholder')}
              showSearch={{
                filterTreeNode: (input, node) =>
                  foldVietnamese(String(node.title ?? '')).includes(foldVietnamese(input)),
              }}
              treeNodeLabelProp="label"
              allowClear
            />
          </Form.Item>
          {selectedType === 'ENTERPRISE' && (
            <Form.Item name="taxCode" label={t('units.field.taxCode')}>
              <Input maxLength={20} autoComplete="off" />
            </Form.Item>
          )}
          <Form.Item name="address" label={t('units.field.address')}>
            <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} maxLength={500} />
          </Form.Item>
          <Form.Item name="headCount" label={t('units.field.headCount')} extra={t('units.field.headCountHint')}>
            <InputNumber min={0} precision={0} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="active" label={t('units.field.active')} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Form>
      )}
    </Drawer>
  );
}
