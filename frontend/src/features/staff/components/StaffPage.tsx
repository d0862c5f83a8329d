import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Checkbox, Drawer, Flex, Select, Space, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { FilterSelect } from '@/components/FilterSelect';
import { ProblemAlert } from '@/components/ProblemAlert';
import { SearchInput } from '@/components/SearchInput';
import { useScopeUnits } from '@/components/unitTree';
import { UnitFilter } from '@/components/UnitTreeSelect';
import { useListState, type FilterSpec } from '@/components/useListState';
import { useAuth } from '@/lib/auth';
import { useI18n } from '@/lib/i18n';
import { ASSIGNABLE_ROLES, useSetStaffEnabled, useStaffList, type StaffMember, type StaffRole } from '../api';
import { ResetPasswordModal } from './ResetPasswordModal';
import { StaffAuditTable } from './StaffAuditTable';
import { StaffFormDrawer, type StaffFormTarget } from './StaffFormDrawer';
import { staffProblemMessage } from './staffProblems';
import { DEFAULT_SORT, StaffTable } from './StaffTable';

type StatusFilter = 'enabled' | 'disabled';

interface Filters {
  q?: string;
  role?: StaffRole;
  unitId?: number;
  status?: StatusFilter;
  needsAttention?: boolean;
}

const FILTERS: FilterSpec<Filters> = {
  q: 'string',
  role: 'string',
  unitId: 'number',
  status: 'string',
  needsAttention: 'boolean',
};

/** Cán bộ, tài khoản: people's accounts in Keycloak with their role and unit, and the audit of changes. */
export function StaffPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { roles } = useAuth();
  const canManage = roles.includes('admin');
  const units = useScopeUnits();

  const { filters, filter, table, setTable } = useListState<Filters>(DEFAULT_SORT, FILTERS);
  const [formTarget, setFormTarget] = useState<StaffFormTarget | null>(null);
  const [resetting, setResetting] = useState<StaffMember | null>(null);
  const [historyOf, setHistoryOf] = useState<StaffMember | null>(null);
  const setEnabled = useSetStaffEnabled();
  const [actionError, setActionError] = useState<unknown>(null);

  const { status, ...rest } = filters;
  const staff = useStaffList({
    ...rest,
    enabled: status === undefined ? undefined : status === 'enabled',
    ...table,
  });

  const changeEnabled = async (member: StaffMember, enabled: boolean) => {
    setActionError(null);
    try {
      await setEnabled.mutateAsync({ id: member.id, enabled });
      message.success(t(enabled ? 'staff.enabled' : 'staff.disabled', { name: member.username }));
    } catch (failure) {
      setActionError(failure);
    }
  };

  const accounts = (
    <Flex vertical gap={12}>
      {!canManage && <Alert type="info" showIcon title={t('staff.readOnly')} />}
      <Space wrap>
        <SearchInput
          width={340}
          placeholder={t('staff.search.placeholder')}
          value={filters.q}
          onSearch={(q) => filter({ q: q || undefined })}
        />
        <FilterSelect
          label={t('staff.filter.role')}
          value={filters.role}
          onChange={(role) => filter({ role })}
          values={ASSIGNABLE_ROLES}
          labelOf={(role) => t(`staff.role.${role}`)}
          width={180}
        />
        <UnitFilter
          units={units.data}
          label={t('staff.filter.unit')}
          value={filters.unitId}
          onChange={(unitId) => filter({ unitId })}
          width={240}
        />
        <Select<StatusFilter | 'all'>
          style={{ width: 190 }}
          aria-label={t('staff.filter.status')}
          value={filters.status ?? 'all'}
          onChange={(value) => filter({ status: value === 'all' ? undefined : value })}
          options={[
            { value: 'all', label: `${t('staff.filter.status')}: ${t('common.all')}` },
            { value: 'enabled', label: t('staff.status.enabled') },
            { value: 'disabled', label: t('staff.status.disabled') },
          ]}
        />
        <Checkbox
          checked={filters.needsAttention ?? false}
          onChange={(event) => filter({ needsAttention: event.target.checked || undefined })}
        >
          {t('staff.filter.attention')}
        </Checkbox>
      </Space>
      {staff.error && <ProblemAlert error={staff.error} message={staffProblemMessage(staff.error, t)} />}
      <ProblemAlert
        error={actionError}
        message={staffProblemMessage(actionError, t)}
        onClose={() => setActionError(null)}
      />
      <StaffTable
        staff={staff.data?.items ?? []}
        total={staff.data?.total ?? 0}
        loading={staff.isFetching}
        state={table}
        onStateChange={setTable}
        canManage={canManage}
        onEdit={(member) => setFormTarget({ mode: 'edit', id: member.id })}
        onSetEnabled={changeEnabled}
        onResetPassword={setResetting}
        onHistory={setHistoryOf}
      />
    </Flex>
  );

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={1} className="page-title" style={{ margin: 0 }}>
          {t('staff.title')}
        </Typography.Title>
        {canManage && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setFormTarget({ mode: 'create' })}>
            {t('staff.create')}
          </Button>
        )}
      </Flex>
      <Card size="small">
        {canManage ? (
          <Tabs
            items={[
              { key: 'accounts', label: t('staff.tab.accounts'), children: accounts },
              { key: 'audit', label: t('staff.tab.audit'), children: <StaffAuditTable /> },
            ]}
          />
        ) : (
          accounts
        )}
      </Card>
      {canManage && (
        <>
          <StaffFormDrawer target={formTarget} units={units.data} onClose={() => setFormTarget(null)} />
          <ResetPasswordModal member={resetting} onClose={() => setResetting(null)} />
          <Drawer
            open={historyOf !== null}
            title={`${t('staff.tab.audit')}: ${historyOf?.username ?? ''}`}
            size={720}
            onClose={() => setHistoryOf(null)}
            destroyOnHidden
          >
            {historyOf && <StaffAuditTable staffId={historyOf.id} />}
          </Drawer>
        </>
      )}
    </Flex>
  );
}

export default StaffPage;
