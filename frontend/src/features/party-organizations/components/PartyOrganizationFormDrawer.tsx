import { App, Button, Drawer, Form, Input, Select, Skeleton, Space, Switch, TreeSelect } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { isProblem, type FieldProblem } from '@/api';
import { applyProblemToForm } from '@/components/applyProblemToForm';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useI18n } from '@/lib/i18n';
import {
  PARTY_ORGANIZATION_FORMS,
  PARTY_ORGANIZATION_LEVELS,
  useCreatePartyOrganization,
  usePartyOrganization,
  usePartyOrganizations,
  useUpdatePartyOrganization,
  type PartyOrganization,
  type PartyOrganizationForm,
  type PartyOrganizationLevel,
  type PartyOrganizationRequest,
} from '../api';
import { toUnitTreeData, unitTreeFilter, type UnitTreeNodeLike } from '@/components/unitTree';

export type PartyOrganizationFormTarget = { mode: 'create'; parent?: PartyOrganization } | { mode: 'edit'; id: number };

interface PartyOrganizationFormDrawerProps {
  target: PartyOrganizationFormTarget | null;
  /** The caller's units, offered as the organisation's unit. */
  units: UnitTreeNodeLike | undefined;
  onClose: () => void;
}

interface FormValues {
  code: string;
  name: string;
  level: PartyOrganizationLevel;
  form: PartyOrganizationForm;
  unitId: number;
  parentId?: number | null;
  secretaryName?: string | null;
  active: boolean;
}

const FORM_FIELDS = ['code', 'name', 'level', 'form', 'unitId', 'parentId', 'secretaryName', 'active'] as const;

function toRequest(values: FormValues): PartyOrganizationRequest {
  const secretaryName = values.secretaryName?.trim() ?? '';
  return {
    code: values.code?.trim() ?? '',
    name: values.name?.trim() ?? '',
    level: values.level,
    form: values.form,
    unitId: values.unitId,
    parentId: values.parentId ?? undefined,
    secretaryName: secretaryName === '' ? undefined : secretaryName,
    active: values.active,
  };
}

function toValues(organization: PartyOrganization): FormValues {
  return {
    code: organization.code,
    name: organization.name,
    level: organization.level,
    form: organization.form,
    unitId: organization.unit.id,
    parentId: organization.parentId ?? null,
    secretaryName: organization.secretaryName ?? null,
    active: organization.active,
  };
}

/** One level down from the parent's, the level a new organisation most likely has. */
function likelyChildLevel(level: PartyOrganizationLevel | undefined): PartyOrganizationLevel | undefined {
  switch (level) {
    case 'PROVINCIAL':
      return 'DIRECTLY_SUBORDINATE';
    case 'DIRECTLY_SUBORDINATE':
      return 'GRASSROOTS';
    case 'GRASSROOTS':
      return 'BELOW_GRASSROOTS';
    default:
      return undefined;
  }
}

/** Create or edit a party organisation; server-side validation lands at the fields, conflicts above the form. */
export function PartyOrganizationFormDrawer({ target, units, onClose }: PartyOrganizationFormDrawerProps) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const editId = target?.mode === 'edit' ? target.id : undefined;
  const organizationQuery = usePartyOrganization(editId);
  const create = useCreatePartyOrganization();
  const update = useUpdatePartyOrganization();
  const [error, setError] = useState<unknown>(null);
  const [unmatched, setUnmatched] = useState<FieldProblem[]>([]);
  const [baseVersion, setBaseVersion] = useState<number | undefined>();
  const [parentSearch, setParentSearch] = useState('');
  const parents = usePartyOrganizations({ q: parentSearch || undefined, page: 0, size: 20, sort: 'code,asc' });

  const clearProblems = () => {
    setError(null);
    setUnmatched([]);
  };

  // Fill the form once per opening; later background refetches must not overwrite what the user typed.
  useEffect(() => {
    if (!target) {
      return;
    }
    clearProblems();
    setParentSearch('');
    if (target.mode === 'create') {
      setBaseVersion(undefined);
      form.resetFields();
      form.setFieldsValue({
        parentId: target.parent?.id,
        level: likelyChildLevel(target.parent?.level),
        unitId: target.parent?.unit.id,
        active: true,
      });
    }
  }, [target]);

  const loaded = organizationQuery.data;
  useEffect(() => {
    if (target?.mode === 'edit' && loaded && baseVersion === undefined) {
      form.resetFields();
      form.setFieldsValue(toValues(loaded));
      setBaseVersion(loaded.version);
    }
  }, [target, loaded, baseVersion, form]);

  const unitTreeData = useMemo(() => (units ? [toUnitTreeData(units)] : []), [units]);
  const parentOptions = useMemo(() => {
    const options = (parents.data?.items ?? [])
      .filter((organization) => organization.id !== editId)
      .map((organization) => ({ value: organization.id, label: `${organization.name} (${organization.code})` }));
    // Keep the current parent selectable even when it is not on the page of search results.
    const parentId = target?.mode === 'edit' ? loaded?.parentId : target?.parent?.id;
    const parentName = target?.mode === 'edit' ? loaded?.parentName : target?.parent?.name;
    if (parentId != null && !options.some((option) => option.value === parentId)) {
      options.unshift({ value: parentId, label: parentName ?? String(parentId) });
    }
    return options;
  }, [parents.data, editId, target, loaded]);

  const close = () => {
    setBaseVersion(undefined);
    clearProblems();
    onClose();
  };

  const reloadLatest = async () => {
    const fresh = await organizationQuery.refetch();
    if (fresh.data) {
      form.resetFields();
      form.setFieldsValue(toValues(fresh.data));
      setBaseVersion(fresh.data.version);
      clearProblems();
    }
  };

  const submit = async (values: FormValues) => {
    clearProblems();
    const body = toRequest(values);
    try {
      const saved =
        target?.mode === 'edit'
          ? await update.mutateAsync({ id: target.id, version: baseVersion ?? 0, body })
          : await create.mutateAsync(body);
      message.success(t(target?.mode === 'edit' ? 'partyOrgs.updated' : 'partyOrgs.created', { name: saved.name }));
      close();
    } catch (failure) {
      setError(failure);
      setUnmatched(applyProblemToForm(form, failure, FORM_FIELDS));
      if (isProblem(failure, 'party-organization.code.duplicate')) {
        form.setFields([{ name: 'code', errors: [t('partyOrgs.conflict.duplicateCode')] }]);
      }
    }
  };

  const saving = create.isPending || update.isPending;
  const stale = isProblem(error, 'version.stale');
  const conflictMessage = isProblem(error, 'party-organization.code.duplicate')
    ? t('partyOrgs.conflict.duplicateCode')
    : stale
      ? t('partyOrgs.conflict.stale')
      : undefined;
  const title =
    target?.mode === 'edit' ? t('partyOrgs.editTitle', { name: loaded?.name ?? '' }) : t('partyOrgs.createTitle');
  const loading = target?.mode === 'edit' && baseVersion === undefined && !organizationQuery.error;

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
          <Button type="primary" loading={saving} disabled={loading} onClick={() => form.submit()}>
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      {organizationQuery.error && target?.mode === 'edit' && <ProblemAlert error={organizationQuery.error} />}
      <ProblemAlert
        error={error}
        unmatched={unmatched}
        message={conflictMessage}
        action={
          stale ? (
            <Button size="small" onClick={reloadLatest} loading={organizationQuery.isFetching}>
              {t('partyOrgs.conflict.reload')}
            </Button>
          ) : undefined
        }
      />
      {loading ? (
        <Skeleton active paragraph={{ rows: 8 }} />
      ) : (
        <Form<FormValues>
          form={form}
          layout="vertical"
          onFinish={submit}
          requiredMark
          disabled={saving}
          name="partyOrganization"
          validateMessages={{ required: t('error.required', { field: '${label}' }) }}
        >
          <Form.Item name="code" label={t('partyOrgs.field.code')} rules={[{ required: true }]}>
            <Input maxLength={64} autoComplete="off" />
          </Form.Item>
          <Form.Item name="name" label={t('partyOrgs.field.name')} rules={[{ required: true }]}>
            <Input maxLength={255} autoComplete="off" />
          </Form.Item>
          <Form.Item name="level" label={t('partyOrgs.field.level')} rules={[{ required: true }]}>
            <Select options={PARTY_ORGANIZATION_LEVELS.map((level) => ({ value: level, label: t(`partyLevel.${level}`) }))} />
          </Form.Item>
          <Form.Item name="form" label={t('partyOrgs.field.form')} rules={[{ required: true }]}>
            <Select options={PARTY_ORGANIZATION_FORMS.map((value) => ({ value, label: t(`partyForm.${value}`) }))} />
          </Form.Item>
          <Form.Item name="unitId" label={t('partyOrgs.field.unit')} rules={[{ required: true }]}>
            <TreeSelect
              treeData={unitTreeData}
              treeDefaultExpandedKeys={units ? [units.id] : []}
              showSearch={{ filterTreeNode: unitTreeFilter }}
              treeNodeLabelProp="label"
            />
          </Form.Item>
          <Form.Item name="parentId" label={t('partyOrgs.field.parent')}>
            <Select
              allowClear
              showSearch={{ filterOption: false, onSearch: setParentSearch }}
              placeholder={t('partyOrgs.field.parentPlaceholder')}
              loading={parents.isFetching}
              options={parentOptions}
            />
          </Form.Item>
          <Form.Item name="secretaryName" label={t('partyOrgs.field.secretary')}>
            <Input maxLength={255} autoComplete="off" />
          </Form.Item>
          <Form.Item name="active" label={t('partyOrgs.field.active')} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Form>
      )}
    </Drawer>
  );
}
