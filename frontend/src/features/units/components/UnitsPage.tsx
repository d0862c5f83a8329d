import { NodeIndexOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, DatePicker, Flex, Row, Select, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { isProblem } from '@/api';
import { ProblemAlert } from '@/components/ProblemAlert';
import { problemMessage } from '@/components/problemMessage';
import { SearchInput } from '@/components/SearchInput';
import { useListState, type FilterSpec } from '@/components/useListState';
import { canWriteUnits, useAuth, useMe } from '@/lib/auth';
import { DATE_FORMAT, formatDate, toApiDate } from '@/lib/dates';
import { useI18n } from '@/lib/i18n';
import { UNIT_TYPES, useDeleteUnit, useUnits, useUnitTree, type Unit, type UnitType } from '../api';
import { findInTree } from './treeUtils';
import { UnitFormDrawer, type UnitFormTarget } from './UnitFormDrawer';
import { UnitLineageDrawer } from './UnitLineageDrawer';
import { UnitsTable } from './UnitsTable';
import { UnitTree } from './UnitTree';

/** `onDate`: the units that existed on the chosen day (the default); `all`: closed ones too. */
type StatusFilter = 'onDate' | 'all';

interface UnitFilters {
  q?: string;
  type?: UnitType;
  parentId?: number;
  /** The day of the structure shown; today when absent. */
  on?: string;
  status?: StatusFilter;
}

const FILTERS: FilterSpec<UnitFilters> = {
  q: 'string',
  type: 'string',
  parentId: 'number',
  on: 'string',
  status: 'string',
};
const DEFAULT_SORT = 'name,asc';

/** Đơn vị: the structure on a chosen day (today by default) beside a searchable table, each unit with its lineage. */
export function UnitsPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { roles } = useAuth();
  const canWrite = canWriteUnits(roles);
  const isAdmin = roles.includes('admin');
  const me = useMe();
  const rootId = me.data?.unit?.id ?? undefined;
  const { filters, filter, table, setTable } = useListState<UnitFilters>(DEFAULT_SORT, FILTERS);
  const today = toApiDate(dayjs());
  const on = filters.on ?? today;
  const tree = useUnitTree(rootId, on);
  // New units are placed in today's structure, whatever day is shown.
  const todayTree = useUnitTree(rootId, today);
  const selected = useMemo(
    () => (filters.parentId === undefined ? undefined : findInTree(tree.data, filters.parentId)),
    [tree.data, filters.parentId],
  );
  const [formTarget, setFormTarget] = useState<UnitFormTarget | null>(null);
  const [lineageId, setLineageId] = useState<number | null>(null);

  const units = useUnits({
    q: filters.q,
    type: filters.type,
    on: filters.status === 'all' ? undefined : on,
    parentId: filters.parentId,
    page: table.page,
    size: table.size,
    sort: table.sort,
  });
  const deleteUnit = useDeleteUnit();

  const remove = async (unit: Unit) => {
    try {
      await deleteUnit.mutateAsync(unit.id);
      message.success(t('units.deleted', { name: unit.name }));
      if (filters.parentId === unit.id) {
        filter({ parentId: undefined });
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
        <Space wrap>
          <Space size={6}>
            <Typography.Text id="units-on-label">{t('units.on')}</Typography.Text>
            <DatePicker
              aria-labelledby="units-on-label"
              format={DATE_FORMAT}
              allowClear={false}
              value={dayjs(on)}
              onChange={(value) => {
                const next = toApiDate(value);
                filter({ on: next === today ? undefined : next, parentId: undefined });
              }}
            />
            {on !== today && (
              <Button onClick={() => filter({ on: undefined, parentId: undefined })}>{t('units.onToday')}</Button>
            )}
          </Space>
          {isAdmin && (
            <Link to="/units/reorganisations">
              <Button icon={<NodeIndexOutlined />}>{t('reorg.open')}</Button>
            </Link>
          )}
          {canWrite && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setFormTarget({ mode: 'create', parentId: selected?.id ?? rootId })}
            >
              {t('units.create')}
            </Button>
          )}
        </Space>
      </Flex>
      {me.error && <ProblemAlert error={me.error} />}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={8} xl={6}>
          <Card
            title={on === today ? t('units.tree.title') : t('units.tree.titleOn', { date: formatDate(on) })}
            size="small"
            styles={{ body: { paddingInline: 8 } }}
          >
            <UnitTree
              root={tree.data}
              loading={me.isPending || (rootId !== undefined && tree.isPending)}
              error={tree.error}
              selectedId={filters.parentId}
              onSelect={(node) => filter({ parentId: node?.id })}
            />
          </Card>
        </Col>
        <Col xs={24} lg={16} xl={18}>
          <Card size="small">
            <Flex vertical gap={12}>
              <Space wrap>
                <SearchInput
                  width={360}
                  placeholder={t('units.search.placeholder')}
                  value={filters.q}
                  onSearch={(q) => filter({ q: q || undefined })}
                />
                <Select<UnitType>
                  allowClear
                  style={{ width: 230 }}
                  placeholder={t('units.filter.type')}
                  aria-label={t('units.filter.type')}
                  value={filters.type}
                  onChange={(type) => filter({ type })}
                  options={UNIT_TYPES.map((value) => ({ value, label: t(`unitType.${value}`) }))}
                />
                <Select<StatusFilter>
                  style={{ width: 260 }}
                  aria-label={t('units.filter.status')}
                  value={filters.status ?? 'onDate'}
                  onChange={(status) => filter({ status: status === 'all' ? 'all' : undefined })}
                  options={[
                    { value: 'onDate', label: t('units.filter.onDate', { date: formatDate(on) }) },
                    { value: 'all', label: t('units.filter.withClosed') },
                  ]}
                />
              </Space>
              <div>
                {filters.parentId !== undefined ? (
                  <Tag color="processing" closable onClose={() => filter({ parentId: undefined })}>
                    {t('units.list.childrenOf', { name: selected?.name ?? `#${filters.parentId}` })}
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
                onLineage={(unit) => setLineageId(unit.id)}
              />
            </Flex>
          </Card>
        </Col>
      </Row>
      {canWrite && <UnitFormDrawer target={formTarget} tree={todayTree.data} onClose={() => setFormTarget(null)} />}
      <UnitLineageDrawer unitId={lineageId} onClose={() => setLineageId(null)} onOpenUnit={setLineageId} />
    </Flex>
  );
}

export default UnitsPage;
