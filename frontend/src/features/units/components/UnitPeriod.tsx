import { Tag, Tooltip, Typography } from 'antd';
import { formatDate } from '@/lib/dates';
import { useI18n } from '@/lib/i18n';

/** When a unit existed: "01/07/2025 – nay", or since before Coso's records. */
export function UnitPeriod({ validFrom, validTo }: { validFrom?: string | null; validTo?: string | null }) {
  const { t } = useI18n();
  return (
    <Typography.Text>
      {validFrom ? formatDate(validFrom) : t('units.period.sinceBefore')} –{' '}
      {validTo ? formatDate(validTo) : t('units.period.now')}
    </Typography.Text>
  );
}

/** The mark of a unit that no longer exists (merged, divided or dissolved), with its last day. */
export function ClosedTag({ validTo }: { validTo?: string | null }) {
  const { t } = useI18n();
  return (
    <Tooltip title={validTo ? t('units.closed.until', { date: formatDate(validTo) }) : undefined}>
      <Tag color="default" data-testid="closed-tag">
        {t('units.closed')}
      </Tag>
    </Tooltip>
  );
}
