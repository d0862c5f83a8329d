import { Tag } from 'antd';
import { useI18n } from '@/lib/i18n';
import type { PartyMemberStatus } from '../api';

const STATUS_COLORS: Record<PartyMemberStatus, string> = {
  ACTIVE: 'green',
  TRANSFERRED_OUT: 'blue',
  DECEASED: 'default',
  EXPELLED: 'red',
  REMOVED: 'orange',
};

export function MemberStatusTag({ status }: { status: PartyMemberStatus }) {
  const { t } = useI18n();
  return (
    <Tag color={STATUS_COLORS[status]} variant="outlined">
      {t(`partyMemberStatus.${status}`)}
    </Tag>
  );
}
