import { Card, Empty, Skeleton, Timeline, Typography } from 'antd';
import { useCallback } from 'react';
import type { components } from '@/api';
import { useI18n } from '@/lib/i18n';
import { ProblemAlert } from './ProblemAlert';
import { findUnitByCode, useScopeUnits } from './unitTree';
import {
  actionWords,
  actorWords,
  fieldWords,
  formatVietnamTime,
  isTechnicalField,
  valueWords,
  type HistoryVocabulary,
} from './historyWords';

export type HistoryEntry = components['schemas']['HistoryEntry'];
type FieldChange = components['schemas']['FieldChange'];

/** The unit names the history needs for unit codes, from the caller's unit tree (shared with the pickers). */
function useUnitNames() {
  const units = useScopeUnits();
  return useCallback((code: string) => findUnitByCode(units.data, code)?.name, [units.data]);
}

/** One change's fields in words, technical ones left out: "Trạng thái: Chưa tiếp nhận → Đang xử lý". */
export function HistoryChanges({
  changes,
  vocabulary = {},
}: {
  changes: readonly FieldChange[] | undefined;
  vocabulary?: HistoryVocabulary;
}) {
  const { t } = useI18n();
  const unitName = useUnitNames();
  const shown = (changes ?? []).filter((change) => change.field && !isTechnicalField(change.field, vocabulary));
  if (shown.length === 0) return null;
  return (
    <ul style={{ margin: '4px 0 0', paddingInlineStart: 18 }}>
      {shown.map((change) => {
        const field = change.field as string;
        const before = valueWords(field, change.from, vocabulary, t, unitName);
        const after = valueWords(field, change.to, vocabulary, t, unitName);
        return (
          <li key={field} style={{ overflowWrap: 'anywhere' }} data-testid="history-change">
            <Typography.Text type="secondary">{fieldWords(field, vocabulary, t)}</Typography.Text>
            {': '}
            {change.from == null || change.from === '' ? (
              <span>{after}</span>
            ) : (
              <>
                <Typography.Text delete type="secondary">
                  {before}
                </Typography.Text>
                {' → '}
                <span>{after}</span>
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** Who did what to a record and when, newest first, in words: the one history of every record. */
export function HistoryTimeline({
  entries,
  vocabulary = {},
}: {
  entries: readonly HistoryEntry[];
  vocabulary?: HistoryVocabulary;
}) {
  const { t } = useI18n();
  if (entries.length === 0) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('history.empty')} />;
  }
  return (
    <Timeline
      items={entries.map((entry) => ({
        key: entry.id,
        content: (
          <div data-testid="history-entry">
            <Typography.Text strong>{actionWords(entry.action ?? '', vocabulary, t)}</Typography.Text>{' '}
            <Typography.Text type="secondary">
              {formatVietnamTime(entry.at)} ·{' '}
              {t('history.by', { user: actorWords((entry as { byName?: string }).byName ?? entry.by, t) })}
            </Typography.Text>
            <HistoryChanges changes={entry.changes} vocabulary={vocabulary} />
          </div>
        ),
      }))}
    />
  );
}

interface HistoryCardProps {
  entries: readonly HistoryEntry[] | undefined;
  error: unknown;
  loading?: boolean;
  vocabulary?: HistoryVocabulary;
  /** In a card with the title "history" (a detail page's side), or bare (inside a tab). */
  bare?: boolean;
}

/** A record's history beside it on a detail page. */
export function HistoryCard({ entries, error, loading, vocabulary, bare }: HistoryCardProps) {
  const { t } = useI18n();
  const body = (
    <>
      <ProblemAlert error={error} />
      {loading ? (
        <Skeleton active paragraph={{ rows: 4 }} />
      ) : (
        !error && <HistoryTimeline entries={entries ?? []} vocabulary={vocabulary} />
      )}
    </>
  );
  return bare ? (
    body
  ) : (
    <Card size="small" title={t('history.title')}>
      {body}
    </Card>
  );
}
