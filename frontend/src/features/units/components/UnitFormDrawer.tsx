import { Form, Input, InputNumber, Select, Switch, TreeSelect } from 'antd';
import { useMemo } from 'react';
import { RecordFormDrawer } from '@/components/RecordFormDrawer';
import { unitTreeFilter } from '@/components/unitTree';
import { useI18n } from '@/lib/i18n';
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
import { blankToUndefined } from '@/lib/text';
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
  const [form] = Form.useForm<UnitFormValues>();
  const editId = target?.mode === 'edit' ? target.id : undefined;
  const unitQuery = useUnit(editId);
  const createUnit = useCreateUnit();
  const updateUnit = useUpdateUnit();
  const selectedType = Form.useWatch('type', form);

  const parentOptions = useMemo(() => {
    if (!tree) {
      return [];
    }
    const excluded = editId === undefined ? new Set<number>() : subtreeIds(findInTree(tree, editId));
    return [toParentOptions(tree, excluded)];
  }, [tree, editId]);

  const createValues = (): Partial<UnitFormValues> => {
    const parent = findInTree(tree, (target?.mode === 'create' ? target.parentId : undefined) ?? tree?.id ?? -1);
    return { parentId: parent?.id, type: likelyChildType(parent?.type), active: true };
  };

  const save = (values: UnitFormValues, version: number | undefined) =>
    target?.mode === 'edit'
      ? updateUnit.mutateAsync({ id: target.id, version: version ?? 0, body: toRequest(values) })
      : createUnit.mutateAsync(toRequest(values));

  return (
    <RecordFormDrawer<UnitFormValues, Unit>
      target={target}
      title={
        target?.mode === 'edit' ? t('units.editTitle', { name: unitQuery.data?.name ?? '' }) : t('units.createTitle')
      }
      form={form}
      name="unit"
      record={unitQuery}
      toValues={toValues}
      createValues={createValues}
      fields={FORM_FIELDS}
      save={save}
      savedMessage={(saved) => t(target?.mode === 'edit' ? 'units.updated' : 'units.created', { name: saved.name })}
      conflicts={{ 'unit.code.duplicate': { message: t('units.conflict.duplicateCode'), field: 'code' } }}
      staleMessage={t('units.conflict.stale')}
      onClose={onClose}
    >
      <Form.Item
        name="code"
        label={t('units.field.code')}
        extra={t('units.field.codeHint')}
        rules={[{ required: true }]}
      >
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
          showSearch={{ filterTreeNode: unitTreeFilter }}
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
    </RecordFormDrawer>
  );
}
