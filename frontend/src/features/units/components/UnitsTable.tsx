import { NodeIndexOutlined } from '@ant-design/icons';
import { Button, Space, Tag, Tooltip, Typography } from 'antd';
import type { TableProps } from 'antd';
import { PagedTable, type TableState } from '@/components/PagedTable';
import { actionsColumn } from '@/components/RowActions';
import { useI18n } from '@/lib/i18n';
import type { Unit } from '../api';
import { ClosedTag, UnitPeriod } from './UnitPeriod';
import { UnitTypeTag } from './unitTypeLabel';
import { formatCount } from '@/lib/format';

interface UnitsTableProps {
  units: Unit[];
  total: number;
  loading: boolean;
  state: TableState;
  onStateChange: (state: TableState) => void;
  canWrite: boolean;
  onEdit: (unit: Unit) => void;
  onDelete: (unit: Unit) => Promise<unknown>;
  /** Opens where the unit came from and went into. */
  onLineage: (unit: Unit) => void;
}

export function UnitsTable({
  units,
  total,
  loading,
  state,
  onStateChange,
  canWrite,
  onEdit,
  onDelete,
  onLineage,
}: UnitsTableProps) {
  const { t } = useI18n();

  const columns: NonNullable<TableProps<Unit>['columns']> = [
    {
      title: t('units.column.code'),
      dataIndex: 'code',
      key: 'code',
      width: 110,
      sorter: true,
      render: (code: string) => <Typography.Text code>{code}</Typography.Text>,
    },
    {
      title: t('units.column.name'),
      dataIndex: 'name',
      key: 'name',
      sorter: true,
      // Closed and dissolved units are few: a tag on them reads better than a column of "active".
      render: (name: string, unit) => (
        <Space orientation="vertical" size={0}>
          <Space size={6} wrap>
            <Typography.Text strong>{name}</Typography.Text>
            {unit.closed ? (
              <ClosedTag validTo={unit.validTo} />
            ) : (
              !unit.active && <Tag>{t('units.status.inactive')}</Tag>
            )}
            <Tooltip title={t('units.lineage.open', { name })}>
              <Button
                type="text"
                size="small"
                icon={<NodeIndexOutlined />}
                aria-label={t('units.lineage.open', { name })}
                onClick={() => onLineage(unit)}
              />
            </Tooltip>
          </Space>
          {unit.address && <Typography.Text type="secondary">{unit.address}</Typography.Text>}
        </Space>
      ),
    },
    {
      title: t('units.column.type'),
      dataIndex: 'type',
      key: 'type',
      width: 200,
      sorter: true,
      render: (_: unknown, unit) => <UnitTypeTag type={unit.type} />,
    },
    {
      title: t('units.column.parent'),
      dataIndex: 'parentName',
      key: 'parentName',
      responsive: ['lg'],
      render: (parentName: string | null) => parentName ?? '—',
    },
    {
      title: t('units.lineage.period'),
      key: 'period',
      width: 200,
      responsive: ['xl'],
      render: (_: unknown, unit) => <UnitPeriod validFrom={unit.validFrom} validTo={unit.validTo} />,
    },
    {
      title: t('units.column.headCount'),
      dataIndex: 'headCount',
      key: 'headCount',
      align: 'right',
      width: 100,
      responsive: ['xxl'],
      render: (headCount: number | null) => (headCount == null ? '—' : formatCount(headCount)),
    },
  ];

  if (canWrite) {
    columns.push(
      actionsColumn<Unit>(t('common.actions'), {
        name: (unit) => unit.name,
        onEdit,
        onDelete,
        deleteConfirm: (unit) => t('units.deleteConfirm', { name: unit.name }),
        deleteHint: t('units.deleteHint'),
      }),
    );
  }

  return (
    <PagedTable<Unit>
      rows={units}
      total={total}
      loading={loading}
      state={state}
      onStateChange={onStateChange}
      columns={columns}
      defaultSort="name,asc"
      emptyText={t('units.list.empty')}
      totalText={(count) => t('units.list.total', { total: count })}
    />
  );
}
