import { Empty, Skeleton, Timeline, Typography } from 'antd';
import { ProblemAlert } from '@/components/ProblemAlert';
import { formatDate } from '@/lib/dates';
import { useI18n } from '@/lib/i18n';
import { usePartyMemberTransfers } from '../api';

/** Where a member moved (chuyển sinh hoạt đảng), newest first, with who recorded it. */
export function TransferHistory({ memberId }: { memberId: number | undefined }) {
  const { t } = useI18n();
  const transfers = usePartyMemberTransfers(memberId);

  if (transfers.error) {
    return <ProblemAlert error={transfers.error} />;
  }
  if (!transfers.data) {
    return <Skeleton active paragraph={{ rows: 2 }} />;
  }
  if (transfers.data.length === 0) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('partyMembers.transfers.none')} />;
  }
  return (
    <Timeline
      items={transfers.data.map((transfer) => ({
        key: transfer.id,
        content: (
          <>
            <Typography.Text strong>{formatDate(transfer.date)}</Typography.Text>{' '}
            {t('partyMembers.transfers.move', { from: transfer.from?.name ?? '—', to: transfer.to.name })}
            {transfer.decisionNumber && (
              <div>
                <Typography.Text type="secondary">
                  {t('partyMembers.transfers.decision', { number: transfer.decisionNumber })}
                </Typography.Text>
              </div>
            )}
            {transfer.note && (
              <div>
                <Typography.Text type="secondary">{transfer.note}</Typography.Text>
              </div>
            )}
            {transfer.recordedBy && (
              <div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('partyMembers.transfers.recordedBy', { name: transfer.recordedBy })}
                </Typography.Text>
              </div>
            )}
          </>
        ),
      }))}
    />
  );
}
