import {
  EditOutlined,
  HistoryOutlined,
  KeyOutlined,
  LockOutlined,
  UnlockOutlined,
  WarningOutlined,
} from '@ant-design/icons';
import { Button, Popconfirm, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { TableProps } from 'antd';
import type { SorterResult } from 'antd/es/table/interface';
import { useI18n } from '@/lib/i18n';
import type { StaffAttention, StaffMember } from '../api';

export interface TableState {
  page: number;
  size: number;
  /** `field,asc` or `field,desc`, as the API takes it. */
  sort: string;
}

export const DEFAULT_SORT = 'username,asc';
const SORTABLE = ['username', 'name', 'email', 'unit'] as const;

interface StaffTableProps {
  staff: StaffMember[];
  total: number;
  loading: boolean;
  state: TableState;
  onStateChange: (state: TableState) => void;
  canManage: boolean;
  onEdit: (member: StaffMember) => void;
  onSetEnabled: (member: StaffMember, enabled: boolean) => void;
  onResetPassword: (member: StaffMember) => void;
  onHistory: (member: StaffMember) => void;
}

function sortOrderOf(sort: string, field: string) {
  const [sortField, direction] = sort.split(',');
  if (sortField !== field) {
    return null;
  }
  return direction === 'desc' ? ('descend' as const) : ('ascend' as const);
}

/** The accounts, with the actions an admin may take on each. */
export function StaffTable({
  staff,
  total,
  loading,
  state,
  onStateChange,
  canManage,
  onEdit,
  onSetEnabled,
  onResetPassword,
  onHistory,
}: StaffTableProps) {
  const { t } = useI18n();

  const columns: TableProps<StaffMember>['columns'] = [
    {
      title: t('staff.column.username'),
      dataIndex: 'username',
      key: 'username',
      sorter: true,
      sortOrder: sortOrderOf(state.sort, 'username'),
      render: (username: string) => <Typography.Text code>{username}</Typography.Text>,
    },
    {
      title: t('staff.column.name'),
      dataIndex: 'name',
      key: 'name',
      sorter: true,
      sortOrder: sortOrderOf(state.sort, 'name'),
    },
    {
      title: t('staff.column.email'),
      dataIndex: 'email',
      key: 'email',
      sorter: true,
      sortOrder: sortOrderOf(state.sort, 'email'),
      responsive: ['lg'],
    },
    {
      title: t('staff.column.roles'),
      key: 'roles',
      render: (_, member) => (
        <Space size={4} wrap>
          {member.roles.map((role) => (
            <Tag key={role} color={role === 'ADMIN' ? 'red' : 'blue'}>
              {t(`staff.role.${role}`)}
            </Tag>
          ))}
        </Space>
      ),
    },
    {
      title: t('staff.column.unit'),
      key: 'unit',
      sorter: true,
      sortOrder: sortOrderOf(state.sort, 'unit'),
      render: (_, member) => (
        <Space size={4} wrap>
          {member.unit
            ? member.unit.name
            : member.unitCode && <Typography.Text code>{member.unitCode}</Typography.Text>}
          {member.attention && (
            <Tag icon={<WarningOutlined />} color="warning">
              {t(`staff.attention.${member.attention as StaffAttention}`)}
            </Tag>
          )}
        </Space>
      ),
    },
    {
      title: t('staff.column.status'),
      key: 'status',
      render: (_, member) => (
        <Space size={4} wrap>
          <Tag color={member.enabled ? 'green' : 'default'}>
            {t(member.enabled ? 'staff.status.enabled' : 'staff.status.disabled')}
          </Tag>
          {member.passwordChangeRequired && <Tag color="gold">{t('staff.status.mustChangePassword')}</Tag>}
        </Space>
      ),
    },
  ];
  if (canManage) {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      width: 190,
      render: (_, member) => (
        <Space size={0}>
          <Tooltip title={t('common.edit')}>
            <Button
              type="text"
              icon={<EditOutlined />}
              aria-label={`${t('common.edit')} ${member.username}`}
              onClick={() => onEdit(member)}
            />
          </Tooltip>
          {member.enabled ? (
            <Popconfirm
              title={t('staff.confirm.disable', { name: member.name })}
              okText={t('common.yes')}
              cancelText={t('common.no')}
              onConfirm={() => onSetEnabled(member, false)}
            >
              <Tooltip title={t('staff.action.disable')}>
                <Button
                  type="text"
                  danger
                  icon={<LockOutlined />}
                  aria-label={`${t('staff.action.disable')} ${member.username}`}
                />
              </Tooltip>
            </Popconfirm>
          ) : (
            <Tooltip title={t('staff.action.enable')}>
              <Button
                type="text"
                icon={<UnlockOutlined />}
                aria-label={`${t('staff.action.enable')} ${member.username}`}
                onClick={() => onSetEnabled(member, true)}
              />
            </Tooltip>
          )}
          <Tooltip title={t('staff.action.resetPassword')}>
            <Button
              type="text"
              icon={<KeyOutlined />}
              aria-label={`${t('staff.action.resetPassword')} ${member.username}`}
              onClick={() => onResetPassword(member)}
            />
          </Tooltip>
          <Tooltip title={t('staff.action.history')}>
            <Button
              type="text"
              icon={<HistoryOutlined />}
              aria-label={`${t('staff.action.history')} ${member.username}`}
              onClick={() => onHistory(member)}
            />
          </Tooltip>
        </Space>
      ),
    });
  }

  const onChange: TableProps<StaffMember>['onChange'] = (pagination, _filters, sorter) => {
    const single = (Array.isArray(sorter) ? sorter[0] : sorter) as SorterResult<StaffMember> | undefined;
    const field = String(single?.columnKey ?? '');
    const sort =
      single?.order && (SORTABLE as readonly string[]).includes(field)
        ? `${field},${single.order === 'descend' ? 'desc' : 'asc'}`
        : DEFAULT_SORT;
    const size = pagination.pageSize ?? state.size;
    onStateChange({ page: size === state.size ? (pagination.current ?? 1) - 1 : 0, size, sort });
  };

  return (
    <Table<StaffMember>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={staff}
      loading={loading}
      onChange={onChange}
      locale={{ emptyText: t('staff.list.empty') }}
      pagination={{
        current: state.page + 1,
        pageSize: state.size,
        total,
        showSizeChanger: true,
        showTotal: (count) => t('staff.list.total', { total: count }),
      }}
      scroll={{ x: 'max-content' }}
    />
  );
}
