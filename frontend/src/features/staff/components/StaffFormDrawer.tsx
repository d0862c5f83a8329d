import { App, Button, Drawer, Form, Input, Select, Skeleton, Space, TreeSelect } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { isProblem, type FieldProblem } from '@/api';
import { applyProblemToForm } from '@/components/applyProblemToForm';
import { ProblemAlert } from '@/components/ProblemAlert';
import { toUnitTreeData, unitTreeFilter, type UnitOption } from '@/components/unitTree';
import { useI18n } from '@/lib/i18n';
import {
  ASSIGNABLE_ROLES,
  useCreateStaff,
  useStaffMember,
  useUpdateStaff,
  type StaffMember,
  type StaffRole,
} from '../api';
import { staffProblemMessage } from './staffProblems';
import { TemporaryPasswordField } from './TemporaryPasswordField';

export type StaffFormTarget = { mode: 'create' } | { mode: 'edit'; id: string };

interface StaffFormDrawerProps {
  target: StaffFormTarget | null;
  /** The caller's units, offered as the account's unit. */
  units: UnitOption | undefined;
  onClose: () => void;
}

interface FormValues {
  username?: string;
  lastName: string;
  firstName: string;
  email: string;
  role: StaffRole;
  unitId: number;
  temporaryPassword?: string;
}

const FORM_FIELDS = ['username', 'lastName', 'firstName', 'email', 'role', 'unitId', 'temporaryPassword'] as const;

function toValues(member: StaffMember): FormValues {
  return {
    lastName: member.lastName ?? '',
    firstName: member.firstName ?? '',
    email: member.email ?? '',
    role: member.roles.find((role) => ASSIGNABLE_ROLES.includes(role)) ?? 'VIEWER',
    unitId: member.unit?.id as number,
  };
}

/** Create an account (with a temporary password) or change one's name, email, role and unit. */
export function StaffFormDrawer({ target, units, onClose }: StaffFormDrawerProps) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const editId = target?.mode === 'edit' ? target.id : undefined;
  const memberQuery = useStaffMember(editId);
  const create = useCreateStaff();
  const update = useUpdateStaff();
  const [error, setError] = useState<unknown>(null);
  const [unmatched, setUnmatched] = useState<FieldProblem[]>([]);
  const [baseVersion, setBaseVersion] = useState<number | undefined>();

  const clearProblems = () => {
    setError(null);
    setUnmatched([]);
  };

  useEffect(() => {
    if (target?.mode === 'create') {
      clearProblems();
      setBaseVersion(undefined);
      form.resetFields();
      form.setFieldsValue({ role: 'OFFICER' });
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per opening of the form
  }, [target]);

  const loaded = memberQuery.data;
  useEffect(() => {
    if (target?.mode === 'edit' && loaded && baseVersion === undefined) {
      clearProblems();
      form.resetFields();
      form.setFieldsValue(toValues(loaded));
      setBaseVersion(loaded.version);
    }
  }, [target, loaded, baseVersion, form]);

  const unitTreeData = useMemo(() => (units ? [toUnitTreeData(units)] : []), [units]);

  const close = () => {
    setBaseVersion(undefined);
    clearProblems();
    onClose();
  };

  const reloadLatest = async () => {
    const fresh = await memberQuery.refetch();
    if (fresh.data) {
      form.resetFields();
      form.setFieldsValue(toValues(fresh.data));
      setBaseVersion(fresh.data.version);
      clearProblems();
    }
  };

  const submit = async (values: FormValues) => {
    clearProblems();
    const common = {
      lastName: values.lastName.trim(),
      firstName: values.firstName.trim(),
      email: values.email.trim(),
      role: values.role,
      unitId: values.unitId,
    };
    try {
      const saved =
        target?.mode === 'edit'
          ? await update.mutateAsync({ id: target.id, version: baseVersion ?? 0, body: common })
          : await create.mutateAsync({
              ...common,
              username: (values.username ?? '').trim(),
              temporaryPassword: values.temporaryPassword ?? '',
            });
      message.success(t(target?.mode === 'edit' ? 'staff.updated' : 'staff.created', { name: saved.username }));
      close();
    } catch (failure) {
      setError(failure);
      setUnmatched(applyProblemToForm(form, failure, FORM_FIELDS));
    }
  };

  const saving = create.isPending || update.isPending;
  const stale = isProblem(error, 'version.stale');
  const title =
    target?.mode === 'edit' ? t('staff.editTitle', { name: loaded?.username ?? '' }) : t('staff.createTitle');
  const loading = target?.mode === 'edit' && baseVersion === undefined && !memberQuery.error;

  return (
    <Drawer
      open={target !== null}
      title={title}
      size={520}
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
      {memberQuery.error && target?.mode === 'edit' && (
        <ProblemAlert error={memberQuery.error} message={staffProblemMessage(memberQuery.error, t)} />
      )}
      <ProblemAlert
        error={error}
        unmatched={unmatched}
        message={staffProblemMessage(error, t)}
        action={
          stale ? (
            <Button size="small" onClick={reloadLatest} loading={memberQuery.isFetching}>
              {t('staff.conflict.reload')}
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
          name="staff"
          validateMessages={{ required: t('error.required', { field: '${label}' }) }}
        >
          {target?.mode !== 'edit' && (
            <Form.Item
              name="username"
              label={t('staff.field.username')}
              extra={t('staff.field.usernameHelp')}
              rules={[{ required: true }]}
            >
              <Input maxLength={64} autoComplete="off" />
            </Form.Item>
          )}
          <Form.Item name="lastName" label={t('staff.field.lastName')} rules={[{ required: true }]}>
            <Input maxLength={100} autoComplete="off" />
          </Form.Item>
          <Form.Item name="firstName" label={t('staff.field.firstName')} rules={[{ required: true }]}>
            <Input maxLength={100} autoComplete="off" />
          </Form.Item>
          <Form.Item name="email" label={t('staff.field.email')} rules={[{ required: true }]}>
            <Input type="email" maxLength={254} autoComplete="off" />
          </Form.Item>
          <Form.Item name="role" label={t('staff.field.role')} rules={[{ required: true }]}>
            <Select options={ASSIGNABLE_ROLES.map((role) => ({ value: role, label: t(`staff.role.${role}`) }))} />
          </Form.Item>
          <Form.Item name="unitId" label={t('staff.field.unit')} rules={[{ required: true }]}>
            <TreeSelect
              treeData={unitTreeData}
              treeDefaultExpandedKeys={units ? [units.id] : []}
              showSearch={{ filterTreeNode: unitTreeFilter }}
              treeNodeLabelProp="label"
            />
          </Form.Item>
          {target?.mode !== 'edit' && <TemporaryPasswordField />}
        </Form>
      )}
    </Drawer>
  );
}
