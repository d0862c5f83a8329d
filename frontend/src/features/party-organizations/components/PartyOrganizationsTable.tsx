import { Space, Tag, Typography } from 'antd';
import type { TableProps } from 'antd';
import { PagedTable, type TableState } from '@/components/PagedTable';
import { actionsColumn } from '@/components/RowActions';
import { useI18n } from '@/lib/i18n';
import type { PartyOrganization } from '../api';
import { PartyFormLabel, PartyLevelTag } from './labels';
import { formatCount } from '@/lib/format';

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

export const DEFAULT_SORT = 'code,asc';

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

  const columns: NonNullable<TableProps<PartyOrganization>['columns']> = [
    {
      title: t('partyOrgs.column.code'),
      dataIndex: 'code',
      key: 'code',
      width: 110,
      sorter: true,
      render: (code: string) => <Typography.Text code>{code}</Typography.Text>,
    },
    {
      title: t('partyOrgs.column.name'),
      dataIndex: 'name',
      key: 'name',
      sorter: true,
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
      render: (memberCount: number) => formatCount(memberCount),
    },
  ];

  if (canWrite) {
    columns.push(
      actionsColumn<PartyOrganization>(t('common.actions'), {
        name: (organization) => organization.name,
        onEdit,
        width: 72,
      }),
    );
  }

  return (
    <PagedTable<PartyOrganization>
      rows={organizations}
      total={total}
      loading={loading}
      state={state}
      onStateChange={onStateChange}
      columns={columns}
      defaultSort={DEFAULT_SORT}
      emptyText={t('partyOrgs.list.empty')}
      totalText={(count) => t('partyOrgs.list.total', { total: count })}
    />
  );
}
