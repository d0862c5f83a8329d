import { HistoryCard } from '@/components/HistoryTimeline';
import type { HistoryVocabulary } from '@/components/historyWords';
import { useInspectionHistory } from '../api';

/** The inspection's own words for the shared history: its form labels, and its statuses and kinds in words. */
export const INSPECTION_HISTORY: HistoryVocabulary = {
  actions: {
    CREATED: 'historyAction.CREATED',
    UPDATED: 'historyAction.UPDATED',
    STARTED: 'historyAction.STARTED',
    CONCLUDED: 'historyAction.CONCLUDED',
    CLOSED: 'historyAction.CLOSED',
    CANCELLED: 'historyAction.CANCELLED',
    CONCLUSION_RECORDED: 'historyAction.CONCLUSION_RECORDED',
    CONCLUSION_UPDATED: 'historyAction.CONCLUSION_UPDATED',
    DISCIPLINARY_ACTION_CREATED: 'historyAction.DISCIPLINARY_ACTION_CREATED',
    DISCIPLINARY_ACTION_UPDATED: 'historyAction.DISCIPLINARY_ACTION_UPDATED',
  },
  fields: {
    kind: 'inspection.field.kind',
    form: 'inspection.field.form',
    conductingBody: 'inspection.field.conductingBody',
    planYear: 'inspection.field.planYear',
    plannedStart: 'inspection.field.plannedStart',
    plannedEnd: 'inspection.field.plannedEnd',
    actualStart: 'inspection.transition.actualStart',
    actualEnd: 'inspection.transition.actualEnd',
    topic: 'inspection.field.topic',
    teamMembers: 'inspection.field.teamMembers',
    status: 'inspections.column.status',
    cancelReason: 'inspection.field.cancelReason',
    'conclusion.violationFound': 'conclusion.violation',
    'conclusion.findings': 'conclusion.findings',
    'conclusion.recommendations': 'recommendation.number',
    'disciplinaryAction.form': 'actions.field.form',
    'disciplinaryAction.decisionNumber': 'actions.field.decisionNumber',
    'disciplinaryAction.decisionDate': 'actions.field.decisionDate',
    'disciplinaryAction.decidingBody': 'actions.field.decidingBody',
    'disciplinaryAction.source': 'actions.field.source',
  },
  values: {
    kind: 'inspectionKind',
    form: 'inspectionForm',
    status: 'inspectionStatus',
    conductingBody: 'conductingBody',
    'disciplinaryAction.form': 'disciplinaryForm',
    'disciplinaryAction.source': 'disciplinarySource',
  },
};

/** Who changed the inspection, its conclusion and the actions decided on it, when, field by field. */
export function HistoryPanel({ inspectionId }: { inspectionId: number }) {
  const history = useInspectionHistory(inspectionId);
  return (
    <HistoryCard
      bare
      entries={history.data?.items}
      error={history.error}
      loading={history.isPending}
      vocabulary={INSPECTION_HISTORY}
    />
  );
}
