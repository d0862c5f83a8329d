import { SwapOutlined } from '@ant-design/icons';
import { Button, Tooltip, Typography } from 'antd';
import type { TableProps } from 'antd';
import { PagedTable, type TableState } from '@/components/PagedTable';
import { actionsColumn } from '@/components/RowActions';
import { TextWithNote } from '@/components/TextWithNote';
import { formatDate } from '@/lib/dates';
import { useI18n } from '@/lib/i18n';
import type { PartyMember } from '../api';
import { MemberStatusTag } from './labels';

export const DEFAULT_SORT = 'fullName,asc';

interface PartyMembersTableProps {
  members: PartyMember[];
  total: number;
  loading: boolean;
  state: TableState;
  onStateChange: (state: TableState) => void;
  onOpen: (member: PartyMember) => void;
  onEdit: (member: PartyMember) => void;
  onTransfer: (member: PartyMember) => void;
  onDelete: (member: PartyMember) => Promise<unknown>;
}

export function PartyMembersTable({ members, onOpen, onEdit, onTransfer, onDelete, ...table }: PartyMembersTableProps) {
  const { t } = useI18n();

  const columns: NonNullable<TableProps<PartyMember>['columns']> = [
    {
      title: t('partyMembers.column.fullName'),
      dataIndex: 'fullName',
      key: 'fullName',
      sorter: true,
      render: (fullName: string, member) => (
        <TextWithNote
          text={<Typography.Link onClick={() => onOpen(member)}>{fullName}</Typography.Link>}
          note={member.post}
        />
      ),
    },
    {
      title: t('partyMembers.column.card'),
      dataIndex: 'partyCardNumber',
      key: 'partyCardNumber',
      width: 150,
      sorter: true,
      render: (number: string) => <Typography.Text code>{number}</Typography.Text>,
    },
    {
      title: t('partyMembers.column.organization'),
      key: 'organization',
      render: (_: unknown, member) => (
        <TextWithNote text={<span>{member.organization.name}</span>} note={member.unit?.name} />
      ),
    },
    {
      title: t('partyMembers.column.admissionDate'),
      dataIndex: 'admissionDate',
      key: 'admissionDate',
      width: 130,
      sorter: true,
      render: (date: string) => formatDate(date),
    },
    {
      title: t('partyMembers.column.status'),
      dataIndex: 'status',
      key: 'status',
      width: 150,
      render: (_: unknown, member) => <MemberStatusTag status={member.status} />,
    },
    actionsColumn<PartyMember>(t('common.actions'), {
      name: (member) => member.fullName,
      onEdit,
      onDelete,
      deleteConfirm: (member) => t('partyMembers.deleteConfirm', { name: member.fullName }),
      deleteHint: t('partyMembers.deleteHint'),
      width: 130,
      extra: (member) =>
        member.status === 'ACTIVE' && (
          <Tooltip title={t('partyMembers.transfer')}>
            <Button
              type="text"
              icon={<SwapOutlined />}
              aria-label={`${t('partyMembers.transfer')} ${member.fullName}`}
              onClick={() => onTransfer(member)}
            />
          </Tooltip>
        ),
    }),
  ];

  return (
    <PagedTable<PartyMember>
      {...table}
      rows={members}
      columns={columns}
      defaultSort={DEFAULT_SORT}
      emptyText={t('partyMembers.list.empty')}
      totalText={(count) => t('partyMembers.list.total', { total: count })}
    />
  );
}
