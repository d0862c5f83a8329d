import { Table, Tag, Typography } from 'antd';
import type { TableProps } from 'antd';
import { useState } from 'react';
import { HistoryChanges } from '@/components/HistoryTimeline';
import { actionWords, actorWords, formatVietnamTime, type HistoryVocabulary } from '@/components/historyWords';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useI18n } from '@/lib/i18n';
import { useStaffHistory, type StaffAuditEntry } from '../api';

const PAGE_SIZE = 20;

/** A staff account's history in the shared words: roles and units by name, the account's own action words. */
const STAFF_HISTORY: HistoryVocabulary = {
  actions: {
    CREATED: 'staff.audit.CREATED',
    UPDATED: 'staff.audit.UPDATED',
    DISABLED: 'staff.audit.DISABLED',
    ENABLED: 'staff.audit.ENABLED',
    PASSWORD_RESET: 'staff.audit.PASSWORD_RESET',
  },
  values: { roles: 'role' },
  unitFields: ['unitCode'],
};

/** Who changed whom, when and what: every account, or one when `staffId` is given. */
export function StaffAuditTable({ staffId }: { staffId?: string }) {
  const { t } = useI18n();
  const [page, setPage] = useState(0);
  const history = useStaffHistory(staffId, page);

  const columns: TableProps<StaffAuditEntry>['columns'] = [
    {
      title: t('staff.audit.at'),
      dataIndex: 'at',
      key: 'at',
      width: 150,
      render: (at: string) => formatVietnamTime(at),
    },
    { title: t('staff.audit.by'), dataIndex: 'by', key: 'by', render: (by: string) => actorWords(by, t) },
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
      render: (action: string) => <Tag>{actionWords(action, STAFF_HISTORY, t)}</Tag>,
    },
    {
      title: t('staff.audit.changes'),
      key: 'changes',
      render: (_, entry) => <HistoryChanges changes={entry.changes} vocabulary={STAFF_HISTORY} />,
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
        scroll={{ x: 800 }}
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
