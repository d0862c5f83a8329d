import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Flex, Row, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { FilterSelect } from '@/components/FilterSelect';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useScopeUnits } from '@/components/unitTree';
import { SearchInput } from '@/components/SearchInput';
import { UnitFilter } from '@/components/UnitTreeSelect';
import { useListState, type FilterSpec } from '@/components/useListState';
import { canWritePartyOrganizations, useAuth } from '@/lib/auth';
import { useI18n } from '@/lib/i18n';
import {
  PARTY_ORGANIZATION_LEVELS,
  usePartyOrganizations,
  usePartyOrganizationTree,
  type PartyOrganization,
  type PartyOrganizationLevel,
} from '../api';
import { PartyOrganizationFormDrawer, type PartyOrganizationFormTarget } from './PartyOrganizationFormDrawer';
import { PartyOrganizationsTable, DEFAULT_SORT } from './PartyOrganizationsTable';
import { PartyOrganizationTree } from './PartyOrganizationTree';

type StatusFilter = 'active' | 'inactive';

interface Filters {
  q?: string;
  level?: PartyOrganizationLevel;
  unitId?: number;
  status?: StatusFilter;
}

const FILTERS: FilterSpec<Filters> = { q: 'string', level: 'string', unitId: 'number', status: 'string' };

/** Tổ chức đảng: a searchable table of the party organisations in scope, the tree under the chosen one. */
export function PartyOrganizationsPage() {
  const { t } = useI18n();
  const { roles } = useAuth();
  const canWrite = canWritePartyOrganizations(roles);
  const units = useScopeUnits();

  const [selected, setSelected] = useState<PartyOrganization | undefined>();
  const { filters, filter, table, setTable } = useListState<Filters>(DEFAULT_SORT, FILTERS);
  const [formTarget, setFormTarget] = useState<PartyOrganizationFormTarget | null>(null);

  const { status, ...rest } = filters;
  const organizations = usePartyOrganizations({
    ...rest,
    active: status === undefined ? undefined : status === 'active',
    ...table,
  });
  const tree = usePartyOrganizationTree(selected?.id);

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={1} className="page-title" style={{ margin: 0 }}>
          {t('partyOrgs.title')}
        </Typography.Title>
        {canWrite && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setFormTarget({ mode: 'create', parent: selected })}
          >
            {t('partyOrgs.create')}
          </Button>
        )}
      </Flex>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={17}>
          <Card size="small">
            <Flex vertical gap={12}>
              <Space wrap>
                <SearchInput
                  placeholder={t('partyOrgs.search.placeholder')}
                  value={filters.q}
                  onSearch={(q) => filter({ q: q || undefined })}
                />
                <FilterSelect
                  label={t('partyOrgs.filter.level')}
                  value={filters.level}
                  onChange={(level) => filter({ level })}
                  values={PARTY_ORGANIZATION_LEVELS}
                  labelOf={(level) => t(`partyLevel.${level}`)}
                  width={190}
                />
                <UnitFilter
                  units={units.data}
                  label={t('partyOrgs.filter.unit')}
                  value={filters.unitId}
                  onChange={(unitId) => filter({ unitId })}
                  width={240}
                />
                <Select<StatusFilter | 'all'>
                  style={{ width: 170 }}
                  aria-label={t('partyOrgs.filter.status')}
                  value={filters.status ?? 'all'}
                  onChange={(value) => filter({ status: value === 'all' ? undefined : value })}
                  options={[
                    { value: 'all', label: `${t('partyOrgs.filter.status')}: ${t('common.all')}` },
                    { value: 'active', label: t('partyOrgs.status.active') },
                    { value: 'inactive', label: t('partyOrgs.status.inactive') },
                  ]}
                />
              </Space>
              {organizations.error && <ProblemAlert error={organizations.error} />}
              <PartyOrganizationsTable
                organizations={organizations.data?.items ?? []}
                total={organizations.data?.total ?? 0}
                loading={organizations.isFetching}
                state={table}
                onStateChange={setTable}
                selectedId={selected?.id}
                onSelect={setSelected}
                canWrite={canWrite}
                onEdit={(organization) => setFormTarget({ mode: 'edit', id: organization.id })}
              />
            </Flex>
          </Card>
        </Col>
        <Col xs={24} xl={7}>
          <Card
            title={t('partyOrgs.tree.title')}
            size="small"
            extra={
              selected && (
                <Tag closable onClose={() => setSelected(undefined)}>
                  {selected.name}
                </Tag>
              )
            }
          >
            <PartyOrganizationTree
              root={tree.data}
              loading={selected !== undefined && tree.isPending}
              error={tree.error}
            />
          </Card>
        </Col>
      </Row>
      {canWrite && (
        <PartyOrganizationFormDrawer target={formTarget} units={units.data} onClose={() => setFormTarget(null)} />
      )}
    </Flex>
  );
}

export default PartyOrganizationsPage;
