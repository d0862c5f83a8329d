import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { Button, Popconfirm, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { TableProps } from 'antd';
import type { SorterResult } from 'antd/es/table/interface';
import { useI18n } from '@/lib/i18n';
import type { Unit } from '../api';
import { UnitTypeTag } from './unitTypeLabel';

export interface TableState {
  page: number;
  size: number;
  /** `field,asc` or `field,desc`, as the API takes it. */
  sort: string;
}

interface UnitsTableProps {
  units: Unit[];
  total: number;
  loading: boolean;
  state: TableState;
  onStateChange: (state: TableState) => void;
  canWrite: boolean;
  onEdit: (unit: Unit) => void;
  onDelete: (unit: Unit) => Promise<unknown>;
}

const SORTABLE = ['code', 'name', 'type'] as const;

function sortOrderOf(sort: string, field: string) {
  const [sortField, direction] = sort.split(',');
  if (sortField !== field) {
    return null;
  }
  return direction === 'desc' ? ('descend' as const) : ('ascend' as const);
}

export function UnitsTable({ units, total, loading, state, onStateChange, canWrite, onEdit, onDelete }: UnitsTableProps) {
  const { t } = useI18n();

  const columns: TableProps<Unit>['columns'] = [
    {
      title: t('units.column.code'),
      dataIndex: 'code',
      key: 'code',
      width: 110,
      sorter: true,
      sortOrder: sortOrderOf(state.sort, 'code'),
      render: (code: string) => <Typography.Text code>{code}</Typography.Text>,
    },
    {
      title: t('units.column.name'),
      dataIndex: 'name',
      key: 'name',
      sorter: true,
      sortOrder: sortOrderOf(state.sort, 'name'),
      // Dissolved units are few: a tag on them reads better than a column of "active".
      render: (name: string, unit) => (
        <Space orientation="vertical" size={0}>
          <Space size={6} wrap>
            <Typography.Text strong>{name}</Typography.Text>
            {!unit.active && <Tag>{t('units.status.inactive')}</Tag>}
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
      sortOrder: sortOrderOf(state.sort, 'type'),
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
      title: t('units.column.headCount'),
      dataIndex: 'headCount',
      key: 'headCount',
      align: 'right',
      width: 100,
      responsive: ['xxl'],
      render: (headCount: number | null) => (headCount == null ? '—' : headCount.toLocaleString()),
    },
  ];

  if (canWrite) {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      width: 96,
      render: (_: unknown, unit) => (
        <Space size="small">
          <Tooltip title={t('common.edit')}>
            <Button
              type="text"
              icon={<EditOutlined />}
              aria-label={`${t('common.edit')} ${unit.name}`}
              onClick={() => onEdit(unit)}
            />
          </Tooltip>
          <Popconfirm
            title={t('units.deleteConfirm', { name: unit.name })}
            description={t('units.deleteHint')}
            okText={t('common.delete')}
            okButtonProps={{ danger: true }}
            cancelText={t('common.cancel')}
            onConfirm={() => onDelete(unit)}
          >
            <Tooltip title={t('common.delete')}>
              <Button type="text" danger icon={<DeleteOutlined />} aria-label={`${t('common.delete')} ${unit.name}`} />
            </Tooltip>
          </Popconfirm>
        </Space>
      ),
    });
  }

  const handleChange: TableProps<Unit>['onChange'] = (pagination, _filters, sorter) => {
    const single = (Array.isArray(sorter) ? sorter[0] : sorter) as SorterResult<Unit> | undefined;
    const field = String(single?.columnKey ?? '');
    const sort =
      single?.order && (SORTABLE as readonly string[]).includes(field)
        ? `${field},${single.order === 'descend' ? 'desc' : 'asc'}`
        : 'name,asc';
    const size = pagination.pageSize ?? state.size;
    const sortChanged = sort !== state.sort || size !== state.size;
    onStateChange({ page: sortChanged ? 0 : (pagination.current ?? 1) - 1, size, sort });
  };

  return (
    <Table<Unit>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={units}
      loading={loading}
      onChange={handleChange}
      locale={{ emptyText: t('units.list.empty') }}
      pagination={{
        current: state.page + 1,
        pageSize: state.size,
        total,
        showSizeChanger: true,
        pageSizeOptions: [10, 20, 50, 100],
        showTotal: (count) => t('units.list.total', { total: count.toLocaleString() }),
      }}
    />
  );
}
