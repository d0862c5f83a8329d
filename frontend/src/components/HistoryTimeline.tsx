import { Card, Empty, Timeline, Typography } from 'antd';
import type { components } from '@/api';
import { formatDateTime } from '@/lib/dates';
import { useI18n } from '@/lib/i18n';
import { ProblemAlert } from './ProblemAlert';

export type HistoryEntry = components['schemas']['HistoryEntry'];
type FieldChange = components['schemas']['FieldChange'];

function shown(value: unknown): string {
  if (value === null || value === undefined || value === '') {
    return '—';
  }
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Who did what to a record and when, newest first, field by field. */
export function HistoryTimeline({ entries }: { entries: HistoryEntry[] }) {
  const { t } = useI18n();
  if (entries.length === 0) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('history.empty')} />;
  }
  return (
    <Timeline
      items={entries.map((entry) => ({
        key: entry.id,
        content: (
          <div>
            <Typography.Text strong>{entry.action}</Typography.Text>{' '}
            <Typography.Text type="secondary">
              {t('history.by', { user: entry.by ?? '—' })}, {formatDateTime(entry.at)}
            </Typography.Text>
            {(entry.changes ?? []).length > 0 && (
              <ul style={{ margin: '4px 0 0', paddingInlineStart: 18 }}>
                {(entry.changes ?? []).map((change: FieldChange, index) => (
                  <li key={index} style={{ overflowWrap: 'anywhere' }}>
                    <Typography.Text code>{change.field}</Typography.Text> {shown(change.from)} → {shown(change.to)}
                  </li>
                ))}
              </ul>
            )}
          </div>
        ),
      }))}
    />
  );
}

/** A record's history beside it on a detail page. */
export function HistoryCard({ entries, error }: { entries: HistoryEntry[] | undefined; error: unknown }) {
  const { t } = useI18n();
  return (
    <Card size="small" title={t('history.title')}>
      <ProblemAlert error={error} />
      <HistoryTimeline entries={entries ?? []} />
    </Card>
  );
}
