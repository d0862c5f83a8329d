import type { HistoryVocabulary } from '@/components/historyWords';

/** A consultation's history: its kind, status and the answers to comments in words; the text's fingerprint left out. */
export const CONSULTATION_HISTORY: HistoryVocabulary = {
  values: { status: 'consultationStatus', kind: 'consultationKind', 'comments.outcome': 'commentOutcome' },
};
