import { Form, Input, Select, Switch } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { RecordFormDrawer } from '@/components/RecordFormDrawer';
import type { UnitOption } from '@/components/unitTree';
import { UnitTreeSelect } from '@/components/UnitTreeSelect';
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

export type PartyOrganizationFormTarget = { mode: 'create'; parent?: PartyOrganization } | { mode: 'edit'; id: number };

interface PartyOrganizationFormDrawerProps {
  target: PartyOrganizationFormTarget | null;
  /** The caller's units, offered as the organisation's unit. */
  units: UnitOption | undefined;
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
  const [form] = Form.useForm<FormValues>();
  const editId = target?.mode === 'edit' ? target.id : undefined;
  const organizationQuery = usePartyOrganization(editId);
  const create = useCreatePartyOrganization();
  const update = useUpdatePartyOrganization();
  const [parentSearch, setParentSearch] = useState('');
  const parents = usePartyOrganizations({ q: parentSearch || undefined, page: 0, size: 20, sort: 'code,asc' });
  const loaded = organizationQuery.data;

  useEffect(() => setParentSearch(''), [target]);

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

  const createValues = (): Partial<FormValues> => {
    const parent = target?.mode === 'create' ? target.parent : undefined;
    return { parentId: parent?.id, level: likelyChildLevel(parent?.level), unitId: parent?.unit.id, active: true };
  };

  const save = (values: FormValues, version: number | undefined) =>
    target?.mode === 'edit'
      ? update.mutateAsync({ id: target.id, version: version ?? 0, body: toRequest(values) })
      : create.mutateAsync(toRequest(values));

  return (
    <RecordFormDrawer<FormValues, PartyOrganization>
      target={target}
      title={
        target?.mode === 'edit' ? t('partyOrgs.editTitle', { name: loaded?.name ?? '' }) : t('partyOrgs.createTitle')
      }
      form={form}
      name="partyOrganization"
      record={organizationQuery}
      toValues={toValues}
      createValues={createValues}
      fields={FORM_FIELDS}
      save={save}
      savedMessage={(saved) =>
        t(target?.mode === 'edit' ? 'partyOrgs.updated' : 'partyOrgs.created', { name: saved.name })
      }
      conflicts={{
        'party-organization.code.duplicate': { message: t('partyOrgs.conflict.duplicateCode'), field: 'code' },
      }}
      staleMessage={t('partyOrgs.conflict.stale')}
      onClose={onClose}
    >
      <Form.Item name="code" label={t('partyOrgs.field.code')} rules={[{ required: true }]}>
        <Input maxLength={64} autoComplete="off" />
      </Form.Item>
      <Form.Item name="name" label={t('partyOrgs.field.name')} rules={[{ required: true }]}>
        <Input maxLength={255} autoComplete="off" />
      </Form.Item>
      <Form.Item name="level" label={t('partyOrgs.field.level')} rules={[{ required: true }]}>
        <Select
          options={PARTY_ORGANIZATION_LEVELS.map((level) => ({ value: level, label: t(`partyLevel.${level}`) }))}
        />
      </Form.Item>
      <Form.Item name="form" label={t('partyOrgs.field.form')} rules={[{ required: true }]}>
        <Select options={PARTY_ORGANIZATION_FORMS.map((value) => ({ value, label: t(`partyForm.${value}`) }))} />
      </Form.Item>
      <Form.Item name="unitId" label={t('partyOrgs.field.unit')} rules={[{ required: true }]}>
        <UnitTreeSelect units={units} />
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
    </RecordFormDrawer>
  );
}
