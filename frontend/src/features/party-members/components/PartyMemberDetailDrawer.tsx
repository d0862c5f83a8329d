import { Descriptions, Divider, Drawer, Skeleton } from 'antd';
import { ProblemAlert } from '@/components/ProblemAlert';
import { formatDate } from '@/lib/dates';
import { useI18n } from '@/lib/i18n';
import { usePartyMember } from '../api';
import { MemberStatusTag } from './labels';
import { TransferHistory } from './TransferHistory';

/** One member's record and where they moved, read-only. */
export function PartyMemberDetailDrawer({ memberId, onClose }: { memberId: number | undefined; onClose: () => void }) {
  const { t } = useI18n();
  const member = usePartyMember(memberId);
  const data = member.data;

  return (
    <Drawer open={memberId !== undefined} title={data?.fullName ?? ''} size={560} onClose={onClose} destroyOnHidden>
      {member.error ? (
        <ProblemAlert error={member.error} />
      ) : !data ? (
        <Skeleton active paragraph={{ rows: 6 }} />
      ) : (
        <>
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label={t('partyMembers.field.card')}>{data.partyCardNumber}</Descriptions.Item>
            <Descriptions.Item label={t('partyMembers.field.dateOfBirth')}>
              {formatDate(data.dateOfBirth)}
            </Descriptions.Item>
            <Descriptions.Item label={t('partyMembers.field.admissionDate')}>
              {formatDate(data.admissionDate)}
            </Descriptions.Item>
            <Descriptions.Item label={t('partyMembers.field.officialDate')}>
              {formatDate(data.officialDate)}
            </Descriptions.Item>
            <Descriptions.Item label={t('partyMembers.field.organization')}>{data.organization.name}</Descriptions.Item>
            <Descriptions.Item label={t('partyMembers.field.post')}>{data.post ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('partyMembers.field.status')}>
              <MemberStatusTag status={data.status} />
            </Descriptions.Item>
          </Descriptions>
          <Divider titlePlacement="start">{t('partyMembers.transfers.title')}</Divider>
          <TransferHistory memberId={memberId} />
        </>
      )}
    </Drawer>
  );
}
