import { HistoryCard } from '@/components/HistoryTimeline';
import type { HistoryVocabulary } from '@/components/historyWords';
import { useRegulationHistory } from '../api';

const REGULATION_HISTORY: HistoryVocabulary = {
  values: { status: 'regulationStatus', kind: 'regulationKind' },
};

/** Who changed the regulation, when, and each field before and after. */
export function RegulationHistory({ id }: { id: number }) {
  const history = useRegulationHistory(id);
  return (
    <HistoryCard
      bare
      entries={history.data}
      error={history.error}
      loading={history.isLoading}
      vocabulary={REGULATION_HISTORY}
    />
  );
}
