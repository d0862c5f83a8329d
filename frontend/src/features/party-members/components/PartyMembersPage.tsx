import { Card, Flex, Space } from 'antd';
import { useState } from 'react';
import { FilterSelect } from '@/components/FilterSelect';
import type { TableState } from '@/components/PagedTable';
import { PageHeader } from '@/components/PageHeader';
import { ProblemAlert } from '@/components/ProblemAlert';
import type { FormTarget } from '@/components/RecordFormDrawer';
import { SearchInput } from '@/components/SearchInput';
import { useDeleteAction } from '@/components/useDeleteAction';
import { useListState } from '@/components/useListState';
import { useScopeUnits } from '@/components/unitTree';
import { UnitFilter } from '@/components/UnitTreeSelect';
import { useI18n } from '@/lib/i18n';
import { PARTY_MEMBER_STATUSES, useDeletePartyMember, usePartyMembers, type PartyMemberListParams } from '../api';
import { OrganizationSelect } from './OrganizationSelect';
import { PartyMemberDetailDrawer } from './PartyMemberDetailDrawer';
import { PartyMemberFormDrawer } from './PartyMemberFormDrawer';
import { DEFAULT_SORT, PartyMembersTable } from './PartyMembersTable';
import { TransferDrawer } from './TransferDrawer';

type Filters = Omit<PartyMemberListParams, keyof TableState>;

/**
 * Đảng viên: personal data, so the route and the menu entry are for admin and inspector only (the API
 * answers 403 to the others anyway). Both may record, correct and transfer members in their scope.
 */
export function PartyMembersPage() {
  const { t } = useI18n();
  const units = useScopeUnits();
  const { filters, filter, table, setTable } = useListState<Filters>(DEFAULT_SORT);
  const [formTarget, setFormTarget] = useState<FormTarget | null>(null);
  const [transferId, setTransferId] = useState<number | undefined>();
  const [detailId, setDetailId] = useState<number | undefined>();
  const members = usePartyMembers({ ...filters, ...table });
  const remove = useDeleteAction(useDeletePartyMember().mutateAsync, {
    'party-member.referenced': t('partyMembers.conflict.referenced'),
  });

  return (
    <Flex vertical gap={16}>
      <PageHeader
        title={t('partyMembers.title')}
        createLabel={t('partyMembers.create')}
        onCreate={() => setFormTarget({ mode: 'create' })}
      />
      <Card size="small">
        <Flex vertical gap={12}>
          <Space wrap>
            <SearchInput
              placeholder={t('partyMembers.search.placeholder')}
              onSearch={(q) => filter({ q: q || undefined })}
            />
            <FilterSelect
              label={t('partyMembers.filter.status')}
              value={filters.status}
              onChange={(status) => filter({ status })}
              values={PARTY_MEMBER_STATUSES}
              labelOf={(status) => t(`partyMemberStatus.${status}`)}
            />
            <UnitFilter
              units={units.data}
              label={t('partyMembers.filter.unit')}
              value={filters.unitId}
              onChange={(unitId) => filter({ unitId })}
              width={240}
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
