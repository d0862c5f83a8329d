import { PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Drawer,
  Flex,
  Input,
  Select,
  Space,
  Tabs,
  TreeSelect,
  Typography,
} from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { ProblemAlert } from '@/components/ProblemAlert';
import { toUnitTreeData, unitTreeFilter, useScopeUnits } from '@/components/unitTree';

import { useAuth } from '@/lib/auth';
import { useI18n } from '@/lib/i18n';
import { ASSIGNABLE_ROLES, useSetStaffEnabled, useStaffList, type StaffMember, type StaffRole } from '../api';
import { ResetPasswordModal } from './ResetPasswordModal';
import { StaffAuditTable } from './StaffAuditTable';
import { StaffFormDrawer, type StaffFormTarget } from './StaffFormDrawer';
import { staffProblemMessage } from './staffProblems';
import { DEFAULT_SORT, StaffTable, type TableState } from './StaffTable';

type StatusFilter = 'all' | 'enabled' | 'disabled';

const FIRST_PAGE: TableState = { page: 0, size: 20, sort: DEFAULT_SORT };
const SEARCH_DELAY_MS = 350;

/** Cán bộ, tài khoản: people's accounts in Keycloak with their role and unit, and the audit of changes. */
export function StaffPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { roles } = useAuth();
  const canManage = roles.includes('admin');
  const units = useScopeUnits();

  const [searchText, setSearchText] = useState('');
  const [q, setQ] = useState('');
  const [role, setRole] = useState<StaffRole | undefined>();
  const [unitId, setUnitId] = useState<number | undefined>();
  const [status, setStatus] = useState<StatusFilter>('all');
  const [needsAttention, setNeedsAttention] = useState(false);
  const [table, setTable] = useState<TableState>(FIRST_PAGE);
  const [formTarget, setFormTarget] = useState<StaffFormTarget | null>(null);
  const [resetting, setResetting] = useState<StaffMember | null>(null);
  const [historyOf, setHistoryOf] = useState<StaffMember | null>(null);
  const setEnabled = useSetStaffEnabled();
  const [actionError, setActionError] = useState<unknown>(null);

  useEffect(() => {
    const timer = setTimeout(() => {
      setQ(searchText.trim());
      setTable((current) => ({ ...current, page: 0 }));
    }, SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [searchText]);

  const staff = useStaffList({
    q: q || undefined,
    role,
    unitId,
    enabled: status === 'all' ? undefined : status === 'enabled',
    needsAttention: needsAttention || undefined,
    page: table.page,
    size: table.size,
    sort: table.sort,
  });
  const unitTreeData = useMemo(() => (units.data ? [toUnitTreeData(units.data)] : []), [units.data]);
  const resetPage = () => setTable((current) => ({ ...current, page: 0 }));

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
        <Input.Search
          allowClear
          style={{ width: 340 }}
          placeholder={t('staff.search.placeholder')}
          aria-label={t('staff.search.placeholder')}
          value={searchText}
          onChange={(event) => setSearchText(event.target.value)}
          onSearch={(value) => {
            setSearchText(value);
            setQ(value.trim());
            resetPage();
          }}
        />
        <Select<StaffRole>
          allowClear
          style={{ width: 180 }}
          placeholder={t('staff.filter.role')}
          aria-label={t('staff.filter.role')}
          value={role}
          onChange={(value) => {
            setRole(value);
            resetPage();
          }}
          options={ASSIGNABLE_ROLES.map((value) => ({ value, label: t(`staff.role.${value}`) }))}
        />
        <TreeSelect<number>
          allowClear
          style={{ width: 240 }}
          placeholder={t('staff.filter.unit')}
          aria-label={t('staff.filter.unit')}
          value={unitId}
          treeData={unitTreeData}
          treeDefaultExpandedKeys={units.data ? [units.data.id] : []}
          showSearch={{ filterTreeNode: unitTreeFilter }}
          treeNodeLabelProp="label"
          onChange={(value) => {
            setUnitId(value ?? undefined);
            resetPage();
          }}
        />
        <Select<StatusFilter>
          style={{ width: 190 }}
          aria-label={t('staff.filter.status')}
          value={status}
          onChange={(value) => {
            setStatus(value);
            resetPage();
          }}
          options={[
            { value: 'all', label: `${t('staff.filter.status')}: ${t('common.all')}` },
            { value: 'enabled', label: t('staff.status.enabled') },
            { value: 'disabled', label: t('staff.status.disabled') },
          ]}
        />
        <Checkbox
          checked={needsAttention}
          onChange={(event) => {
            setNeedsAttention(event.target.checked);
            resetPage();
          }}
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
