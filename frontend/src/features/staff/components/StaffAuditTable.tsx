import { Table, Tag, Typography } from 'antd';
import type { TableProps } from 'antd';
import { useState } from 'react';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useI18n } from '@/lib/i18n';
import { useStaffHistory, type StaffAuditEntry } from '../api';

const PAGE_SIZE = 20;

/** Who changed whom, when and what: every account, or one when `staffId` is given. */
export function StaffAuditTable({ staffId }: { staffId?: string }) {
  const { t, language } = useI18n();
  const [page, setPage] = useState(0);
  const history = useStaffHistory(staffId, page);
  const format = new Intl.DateTimeFormat(language === 'vi' ? 'vi-VN' : 'en-GB', {
    dateStyle: 'short',
    timeStyle: 'medium',
  });

  const columns: TableProps<StaffAuditEntry>['columns'] = [
    { title: t('staff.audit.at'), dataIndex: 'at', key: 'at', render: (at: string) => format.format(new Date(at)) },
    { title: t('staff.audit.by'), dataIndex: 'by', key: 'by' },
    ...(staffId
      ? []
      : [
          {
            title: t('staff.audit.account'),
            dataIndex: 'staffUsername',
            key: 'account',
            render: (username: string) => <Typography.Text code>{username}</Typography.Text>,
          },
        ]),
    {
      title: t('staff.audit.action'),
      dataIndex: 'action',
      key: 'action',
      render: (action: string) => <Tag>{t(`staff.audit.${action}` as 'staff.audit.CREATED')}</Tag>,
    },
    {
      title: t('staff.audit.changes'),
      key: 'changes',
      render: (_, entry) => (
        <ul style={{ margin: 0, paddingInlineStart: 16 }}>
          {(entry.changes ?? []).map((change) => (
            <li key={change.field}>
              <Typography.Text strong>{change.field}</Typography.Text>: {change.from ?? '∅'} → {change.to ?? '∅'}
            </li>
          ))}
        </ul>
      ),
    },
  ];

  return (
    <>
      {history.error && <ProblemAlert error={history.error} />}
      <Table<StaffAuditEntry>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={history.data?.items ?? []}
        loading={history.isFetching}
        locale={{ emptyText: t('staff.audit.empty') }}
        pagination={{
          current: page + 1,
          pageSize: PAGE_SIZE,
          total: history.data?.total ?? 0,
          showSizeChanger: false,
          onChange: (next) => setPage(next - 1),
        }}
      />
    </>
  );
}
