import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Flex, Input, Row, Select, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useScopeUnits } from '@/components/unitTree';
import { UnitTreeSelect } from '@/components/UnitTreeSelect';
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
import type { TableState } from '@/components/PagedTable';
import { PartyOrganizationsTable, DEFAULT_SORT } from './PartyOrganizationsTable';
import { PartyOrganizationTree } from './PartyOrganizationTree';

type StatusFilter = 'all' | 'active' | 'inactive';

const FIRST_PAGE: TableState = { page: 0, size: 20, sort: DEFAULT_SORT };
const SEARCH_DELAY_MS = 350;

/** Tổ chức đảng: a searchable table of the party organisations in scope, the tree under the chosen one. */
export function PartyOrganizationsPage() {
  const { t } = useI18n();
  const { roles } = useAuth();
  const canWrite = canWritePartyOrganizations(roles);
  const units = useScopeUnits();

  const [selected, setSelected] = useState<PartyOrganization | undefined>();
  const [searchText, setSearchText] = useState('');
  const [q, setQ] = useState('');
  const [level, setLevel] = useState<PartyOrganizationLevel | undefined>();
  const [unitId, setUnitId] = useState<number | undefined>();
  const [status, setStatus] = useState<StatusFilter>('all');
  const [table, setTable] = useState<TableState>(FIRST_PAGE);
  const [formTarget, setFormTarget] = useState<PartyOrganizationFormTarget | null>(null);

  useEffect(() => {
    const timer = setTimeout(() => {
      setQ(searchText.trim());
      setTable((current) => ({ ...current, page: 0 }));
    }, SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [searchText]);

  const organizations = usePartyOrganizations({
    q: q || undefined,
    level,
    unitId,
    active: status === 'all' ? undefined : status === 'active',
    page: table.page,
    size: table.size,
    sort: table.sort,
  });
  const tree = usePartyOrganizationTree(selected?.id);

  const resetPage = () => setTable((current) => ({ ...current, page: 0 }));

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
                <Input.Search
                  allowClear
                  style={{ width: 320 }}
                  placeholder={t('partyOrgs.search.placeholder')}
                  aria-label={t('partyOrgs.search.placeholder')}
                  value={searchText}
                  onChange={(event) => setSearchText(event.target.value)}
                  onSearch={(value) => {
                    setSearchText(value);
                    setQ(value.trim());
                    resetPage();
                  }}
                />
                <Select<PartyOrganizationLevel>
                  allowClear
                  style={{ width: 190 }}
                  placeholder={t('partyOrgs.filter.level')}
                  aria-label={t('partyOrgs.filter.level')}
                  value={level}
                  onChange={(value) => {
                    setLevel(value);
                    resetPage();
                  }}
                  options={PARTY_ORGANIZATION_LEVELS.map((value) => ({ value, label: t(`partyLevel.${value}`) }))}
                />
                <UnitTreeSelect
                  allowClear
                  style={{ width: 240 }}
                  placeholder={t('partyOrgs.filter.unit')}
                  aria-label={t('partyOrgs.filter.unit')}
                  units={units.data}
                  value={unitId}
                  onChange={(value: number | undefined) => {
                    setUnitId(value);
                    resetPage();
                  }}
                />
                <Select<StatusFilter>
                  style={{ width: 170 }}
                  aria-label={t('partyOrgs.filter.status')}
                  value={status}
                  onChange={(value) => {
                    setStatus(value);
                    resetPage();
                  }}
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
