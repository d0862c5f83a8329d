import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Flex, Input, Row, Select, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { isProblem } from '@/api';
import { ProblemAlert } from '@/components/ProblemAlert';
import { problemMessage } from '@/components/problemMessage';
import { canWriteUnits, useAuth, useMe } from '@/lib/auth';
import { useI18n } from '@/lib/i18n';
import { UNIT_TYPES, useDeleteUnit, useUnits, useUnitTree, type Unit, type UnitTreeNode, type UnitType } from '../api';
import { UnitFormDrawer, type UnitFormTarget } from './UnitFormDrawer';
import type { TableState } from '@/components/PagedTable';
import { UnitsTable } from './UnitsTable';
import { UnitTree } from './UnitTree';

type StatusFilter = 'all' | 'active' | 'inactive';

const FIRST_PAGE: TableState = { page: 0, size: 20, sort: 'name,asc' };
const SEARCH_DELAY_MS = 350;

/** Đơn vị: the caller's unit tree beside a searchable table of the units in scope. */
export function UnitsPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { roles } = useAuth();
  const canWrite = canWriteUnits(roles);
  const me = useMe();
  const rootId = me.data?.unit?.id ?? undefined;
  const tree = useUnitTree(rootId);

  const [selected, setSelected] = useState<UnitTreeNode | undefined>();
  const [searchText, setSearchText] = useState('');
  const [q, setQ] = useState('');
  const [type, setType] = useState<UnitType | undefined>();
  const [status, setStatus] = useState<StatusFilter>('all');
  const [table, setTable] = useState<TableState>(FIRST_PAGE);
  const [formTarget, setFormTarget] = useState<UnitFormTarget | null>(null);

  // Search as the user types, but only once they pause.
  useEffect(() => {
    const timer = setTimeout(() => {
      setQ(searchText.trim());
      setTable((current) => ({ ...current, page: 0 }));
    }, SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [searchText]);

  const units = useUnits({
    q: q || undefined,
    type,
    active: status === 'all' ? undefined : status === 'active',
    parentId: selected?.id,
    page: table.page,
    size: table.size,
    sort: table.sort,
  });
  const deleteUnit = useDeleteUnit();

  const resetPage = () => setTable((current) => ({ ...current, page: 0 }));

  const remove = async (unit: Unit) => {
    try {
      await deleteUnit.mutateAsync(unit.id);
      message.success(t('units.deleted', { name: unit.name }));
      if (selected?.id === unit.id) {
        setSelected(undefined);
      }
    } catch (failure) {
      message.error(
        isProblem(failure, 'unit.has-children') ? t('units.conflict.hasChildren') : problemMessage(failure, t),
      );
    }
  };

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={1} className="page-title" style={{ margin: 0 }}>
          {t('units.title')}
        </Typography.Title>
        {canWrite && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setFormTarget({ mode: 'create', parentId: selected?.id ?? rootId })}
          >
            {t('units.create')}
          </Button>
        )}
      </Flex>
      {me.error && <ProblemAlert error={me.error} />}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={8} xl={6}>
          <Card title={t('units.tree.title')} size="small" styles={{ body: { paddingInline: 8 } }}>
            <UnitTree
              root={tree.data}
              loading={me.isPending || (rootId !== undefined && tree.isPending)}
              error={tree.error}
              selectedId={selected?.id}
              onSelect={(node) => {
                setSelected(node);
                resetPage();
              }}
            />
          </Card>
        </Col>
        <Col xs={24} lg={16} xl={18}>
          <Card size="small">
            <Flex vertical gap={12}>
              <Space wrap>
                <Input.Search
                  allowClear
                  style={{ width: 360 }}
                  placeholder={t('units.search.placeholder')}
                  aria-label={t('units.search.placeholder')}
                  value={searchText}
                  onChange={(event) => setSearchText(event.target.value)}
                  onSearch={(value) => {
                    setSearchText(value);
                    setQ(value.trim());
                    resetPage();
                  }}
                />
                <Select<UnitType>
                  allowClear
                  style={{ width: 230 }}
                  placeholder={t('units.filter.type')}
                  aria-label={t('units.filter.type')}
                  value={type}
                  onChange={(value) => {
                    setType(value);
                    resetPage();
                  }}
                  options={UNIT_TYPES.map((value) => ({ value, label: t(`unitType.${value}`) }))}
                />
                <Select<StatusFilter>
                  style={{ width: 170 }}
                  aria-label={t('units.filter.status')}
                  value={status}
                  onChange={(value) => {
                    setStatus(value);
                    resetPage();
                  }}
                  options={[
                    { value: 'all', label: `${t('units.filter.status')}: ${t('common.all')}` },
                    { value: 'active', label: t('units.status.active') },
                    { value: 'inactive', label: t('units.status.inactive') },
                  ]}
                />
              </Space>
              <div>
                {selected ? (
                  <Tag
                    color="processing"
                    closable
                    onClose={() => {
                      setSelected(undefined);
                      resetPage();
                    }}
                  >
                    {t('units.list.childrenOf', { name: selected.name })}
                  </Tag>
                ) : (
                  <Typography.Text type="secondary">{t('units.list.all')}</Typography.Text>
                )}
              </div>
              {units.error && <ProblemAlert error={units.error} />}
              <UnitsTable
                units={units.data?.items ?? []}
                total={units.data?.total ?? 0}
                loading={units.isFetching}
                state={table}
                onStateChange={setTable}
                canWrite={canWrite}
                onEdit={(unit) => setFormTarget({ mode: 'edit', id: unit.id })}
                onDelete={remove}
              />
            </Flex>
          </Card>
        </Col>
      </Row>
      {canWrite && <UnitFormDrawer target={formTarget} tree={tree.data} onClose={() => setFormTarget(null)} />}
    </Flex>
  );
}

export default UnitsPage;
