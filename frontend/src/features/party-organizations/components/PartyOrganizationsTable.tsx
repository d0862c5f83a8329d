import { EditOutlined } from '@ant-design/icons';
import { Button, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { TableProps } from 'antd';
import type { SorterResult } from 'antd/es/table/interface';
import { useI18n } from '@/lib/i18n';
import type { PartyOrganization } from '../api';
import { PartyFormLabel, PartyLevelTag } from './labels';

export interface TableState {
  page: number;
  size: number;
  /** `field,asc` or `field,desc`, as the API takes it. */
  sort: string;
}

interface PartyOrganizationsTableProps {
  organizations: PartyOrganization[];
  total: number;
  loading: boolean;
  state: TableState;
  onStateChange: (state: TableState) => void;
  selectedId: number | undefined;
  onSelect: (organization: PartyOrganization) => void;
  canWrite: boolean;
  onEdit: (organization: PartyOrganization) => void;
}

const SORTABLE = ['code', 'name', 'level'] as const;
export const DEFAULT_SORT = 'code,asc';

function sortOrderOf(sort: string, field: string) {
  const [sortField, direction] = sort.split(',');
  if (sortField !== field) {
    return null;
  }
  return direction === 'desc' ? ('descend' as const) : ('ascend' as const);
}

export function PartyOrganizationsTable({
  organizations,
  total,
  loading,
  state,
  onStateChange,
  selectedId,
  onSelect,
  canWrite,
  onEdit,
}: PartyOrganizationsTableProps) {
  const { t } = useI18n();

  const columns: TableProps<PartyOrganization>['columns'] = [
    {
      title: t('partyOrgs.column.code'),
      dataIndex: 'code',
      key: 'code',
      width: 110,
      sorter: true,
      sortOrder: sortOrderOf(state.sort, 'code'),
      render: (code: string) => <Typography.Text code>{code}</Typography.Text>,
    },
    {
      title: t('partyOrgs.column.name'),
      dataIndex: 'name',
      key: 'name',
      sorter: true,
      sortOrder: sortOrderOf(state.sort, 'name'),
      render: (name: string, organization) => (
        <Space size={6} wrap>
          <Typography.Link onClick={() => onSelect(organization)} strong={organization.id === selectedId}>
            {name}
          </Typography.Link>
          {!organization.active && <Tag>{t('partyOrgs.status.inactive')}</Tag>}
        </Space>
      ),
    },
    {
      title: t('partyOrgs.column.level'),
      dataIndex: 'level',
      key: 'level',
      width: 170,
      sorter: true,
      sortOrder: sortOrderOf(state.sort, 'level'),
      render: (_: unknown, organization) => <PartyLevelTag level={organization.level} />,
    },
    {
      title: t('partyOrgs.column.form'),
      dataIndex: 'form',
      key: 'form',
      width: 100,
      render: (_: unknown, organization) => <PartyFormLabel form={organization.form} />,
    },
    {
      title: t('partyOrgs.column.unit'),
      key: 'unit',
      render: (_: unknown, organization) => organization.unit?.name ?? '—',
    },
    {
      title: t('partyOrgs.column.secretary'),
      dataIndex: 'secretaryName',
      key: 'secretaryName',
      render: (secretaryName: string | null | undefined) => secretaryName ?? '—',
    },
    {
      title: t('partyOrgs.column.members'),
      dataIndex: 'memberCount',
      key: 'memberCount',
      align: 'right',
      width: 110,
      render: (memberCount: number) => memberCount.toLocaleString(),
    },
  ];

  if (canWrite) {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      width: 72,
      render: (_: unknown, organization) => (
        <Tooltip title={t('common.edit')}>
          <Button
            type="text"
            icon={<EditOutlined />}
            aria-label={`${t('common.edit')} ${organization.name}`}
            onClick={() => onEdit(organization)}
          />
        </Tooltip>
      ),
    });
  }

  const handleChange: TableProps<PartyOrganization>['onChange'] = (pagination, _filters, sorter) => {
    const single = (Array.isArray(sorter) ? sorter[0] : sorter) as SorterResult<PartyOrganization> | undefined;
    const field = String(single?.columnKey ?? '');
    const sort =
      single?.order && (SORTABLE as readonly string[]).includes(field)
        ? `${field},${single.order === 'descend' ? 'desc' : 'asc'}`
        : DEFAULT_SORT;
    const size = pagination.pageSize ?? state.size;
    const sortChanged = sort !== state.sort || size !== state.size;
    onStateChange({ page: sortChanged ? 0 : (pagination.current ?? 1) - 1, size, sort });
  };

  return (
    <Table<PartyOrganization>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={organizations}
      loading={loading}
      onChange={handleChange}
      locale={{ emptyText: t('partyOrgs.list.empty') }}
      pagination={{
        current: state.page + 1,
        pageSize: state.size,
        total,
        showSizeChanger: true,
        pageSizeOptions: [10, 20, 50, 100],
        showTotal: (count) => t('partyOrgs.list.total', { total: count.toLocaleString() }),
      }}
    />
  );
}
