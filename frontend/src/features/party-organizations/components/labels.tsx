import { Tag } from 'antd';
import { useI18n } from '@/lib/i18n';
import type { PartyOrganizationForm, PartyOrganizationLevel } from '../api';

const LEVEL_COLORS: Record<PartyOrganizationLevel, string> = {
  PROVINCIAL: 'red',
  DIRECTLY_SUBORDINATE: 'volcano',
  GRASSROOTS: 'orange',
  BELOW_GRASSROOTS: 'gold',
};

export function PartyLevelTag({ level }: { level: PartyOrganizationLevel }) {
  const { t } = useI18n();
  return (
    <Tag color={LEVEL_COLORS[level]} variant="outlined">
      {t(`partyLevel.${level}`)}
    </Tag>
  );
}

export function PartyFormLabel({ form }: { form: PartyOrganizationForm }) {
  const { t } = useI18n();
  return <>{t(`partyForm.${form}`)}</>;
}
