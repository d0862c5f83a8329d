import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import type { TableState } from '@/components/PagedTable';
import { ProblemAlert } from '@/components/ProblemAlert';
import type { FormTarget } from '@/components/RecordFormDrawer';
import { SearchInput } from '@/components/SearchInput';
import { useDeleteAction } from '@/components/useDeleteAction';
import { useScopeUnits } from '@/components/unitTree';
import { UnitTreeSelect } from '@/components/UnitTreeSelect';
import { useI18n } from '@/lib/i18n';
import {
  PARTY_MEMBER_STATUSES,
  useDeletePartyMember,
  usePartyMembers,
  type PartyMemberListParams,
  type PartyMemberStatus,
} from '../api';
import { OrganizationSelect } from './OrganizationSelect';
import { PartyMemberDetailDrawer } from './PartyMemberDetailDrawer';
import { PartyMemberFormDrawer } from './PartyMemberFormDrawer';
import { DEFAULT_SORT, PartyMembersTable } from './PartyMembersTable';
import { TransferDrawer } from './TransferDrawer';

type Filters = Omit<PartyMemberListParams, keyof TableState>;

const FIRST_PAGE: TableState = { page: 0, size: 20, sort: DEFAULT_SORT };

/**
 * Đảng viên: personal data, so the route and the menu entry are for admin and inspector only (the API
 * answers 403 to the others anyway). Both may record, correct and transfer members in their scope.
 */
export function PartyMembersPage() {
  const { t } = useI18n();
  const units = useScopeUnits();
  const [filters, setFilters] = useState<Filters>({});
  const [table, setTable] = useState<TableState>(FIRST_PAGE);
  const [formTarget, setFormTarget] = useState<FormTarget | null>(null);
  const [transferId, setTransferId] = useState<number | undefined>();
  const [detailId, setDetailId] = useState<number | undefined>();
  const members = usePartyMembers({ ...filters, ...table });
  const deleteMember = useDeletePartyMember();
  const remove = useDeleteAction(deleteMember.mutateAsync, {
    'party-member.referenced': t('partyMembers.conflict.referenced'),
  });

  const filter = (change: Filters) => {
    setFilters((current) => ({ ...current, ...change }));
    setTable((current) => ({ ...current, page: 0 }));
  };

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('partyMembers.title')}
        </Typography.Title>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setFormTarget({ mode: 'create' })}>
          {t('partyMembers.create')}
        </Button>
      </Flex>
      <Card size="small">
        <Flex vertical gap={12}>
          <Space wrap>
            <SearchInput placeholder={t('partyMembers.search.placeholder')} onSearch={(q) => filter({ q: q || undefined })} />
            <Select<PartyMemberStatus>
              allowClear
              style={{ width: 170 }}
              placeholder={t('partyMembers.filter.status')}
              aria-label={t('partyMembers.filter.status')}
              value={filters.status}
              onChange={(status) => filter({ status })}
              options={PARTY_MEMBER_STATUSES.map((status) => ({ value: status, label: t(`partyMemberStatus.${status}`) }))}
            />
            <UnitTreeSelect
              allowClear
              style={{ width: 240 }}
              placeholder={t('partyMembers.filter.unit')}
              aria-label={t('partyMembers.filter.unit')}
              units={units.data}
              value={filters.unitId}
              onChange={(unitId: number | undefined) => filter({ unitId })}
            />
            <OrganizationSelect
              allowClear
              style={{ width: 280 }}
              placeholder={t('partyMembers.filter.organization')}
              aria-label={t('partyMembers.filter.organization')}
              value={filters.organizationId}
              onChange={(organizationId) => filter({ organizationId })}
            />
          </Space>
          {members.error && <ProblemAlert error={members.error} />}
          <PartyMembersTable
            members={members.data?.items ?? []}
            total={members.data?.total ?? 0}
            loading={members.isFetching}
            state={table}
            onStateChange={setTable}
            onOpen={(member) => setDetailId(member.id)}
            onEdit={(member) => setFormTarget({ mode: 'edit', id: member.id })}
            onTransfer={(member) => setTransferId(member.id)}
            onDelete={(member) => remove(member.id, t('partyMembers.deleted', { name: member.fullName }))}
          />
        </Flex>
      </Card>
      <PartyMemberFormDrawer target={formTarget} onClose={() => setFormTarget(null)} />
      <TransferDrawer memberId={transferId} onClose={() => setTransferId(undefined)} />
      <PartyMemberDetailDrawer memberId={detailId} onClose={() => setDetailId(undefined)} />
    </Flex>
  );
}

export default PartyMembersPage;
