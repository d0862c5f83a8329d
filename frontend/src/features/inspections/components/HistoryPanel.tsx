import { Empty, Skeleton, Table, Timeline, Typography } from 'antd';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useI18n, type MessageKey, type Translate } from '@/lib/i18n';
import { useInspectionHistory, type FieldChange, type HistoryEntry } from '../api';
import { formatDateTime } from '@/lib/dates';

const ACTIONS = new Set([
  'CREATED',
  'UPDATED',
  'STARTED',
  'CONCLUDED',
  'CLOSED',
  'CANCELLED',
  'CONCLUSION_RECORDED',
  'CONCLUSION_UPDATED',
  'DISCIPLINARY_ACTION_CREATED',
  'DISCIPLINARY_ACTION_UPDATED',
]);

/** The history's field names (the server's snapshots) in the words of the forms. */
const FIELD_LABELS: Record<string, MessageKey> = {
  kind: 'inspection.field.kind',
  form: 'inspection.field.form',
  subjectOrganizationId: 'inspection.field.subjectOrganization',
  subjectMemberId: 'inspection.field.subjectMember',
  conductingOrganizationId: 'inspection.field.conductingOrganization',
  conductingBody: 'inspection.field.conductingBody',
  originSupervisionId: 'inspection.field.originSupervision',
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
  'disciplinaryAction.form': 'actions.field.form',
  'disciplinaryAction.decisionNumber': 'actions.field.decisionNumber',
  'disciplinaryAction.decisionDate': 'actions.field.decisionDate',
  'disciplinaryAction.decidingBody': 'actions.field.decidingBody',
  'disciplinaryAction.source': 'actions.field.source',
  'disciplinaryAction.inspectionId': 'actions.field.inspection',
};

/** Enum-valued fields, shown by the label of their value. */
const VALUE_PREFIXES: Record<string, string> = {
  kind: 'inspectionKind',
  form: 'inspectionForm',
  status: 'inspectionStatus',
  conductingBody: 'conductingBody',
  'disciplinaryAction.form': 'disciplinaryForm',
  'disciplinaryAction.source': 'disciplinarySource',
};

export function fieldLabel(field: string, t: Translate): string {
  const recommendation = /^conclusion\.recommendations\[(\d+)]$/.exec(field);
  if (recommendation) {
    return t('recommendation.number', { n: Number(recommendation[1]) + 1 });
  }
  const key = FIELD_LABELS[field];
  return key ? t(key) : field;
}

export function valueLabel(field: string, value: string | null | undefined, t: Translate): string {
  if (value == null || value === '') {
    return t('history.empty.value');
  }
  if (field === 'conclusion.violationFound') {
    return value === 'true' ? t('history.yes') : t('history.no');
  }
  const prefix = VALUE_PREFIXES[field];
  if (prefix) {
    const translated = t(`${prefix}.${value}` as MessageKey);
    return translated === `${prefix}.${value}` ? value : translated;
  }
  return value;
}

export function actionLabel(action: string, t: Translate): string {
  return ACTIONS.has(action) ? t(`historyAction.${action}` as MessageKey) : action;
}

function Changes({ entry }: { entry: HistoryEntry }) {
  const { t } = useI18n();
  const changes = entry.changes ?? [];
  if (changes.length === 0) {
    return null;
  }
  return (
    <Table<FieldChange>
      size="small"
      pagination={false}
      rowKey={(change) => change.field ?? ''}
      dataSource={changes}
      style={{ marginTop: 8, maxWidth: 900 }}
      columns={[
        {
          title: t('history.field'),
          key: 'field',
          width: 220,
          render: (_: unknown, c) => fieldLabel(c.field ?? '', t),
        },
        {
          title: t('history.from'),
          key: 'from',
          render: (_: unknown, c) => (
            <Typography.Text type="secondary" delete={c.from != null}>
              {valueLabel(c.field ?? '', c.from, t)}
            </Typography.Text>
          ),
        },
        { title: t('history.to'), key: 'to', render: (_: unknown, c) => valueLabel(c.field ?? '', c.to, t) },
      ]}
    />
  );
}

/** Who changed the inspection, its conclusion and the actions decided on it, when, field by field. */
export function HistoryPanel({ inspectionId }: { inspectionId: number }) {
  const { t } = useI18n();
  const history = useInspectionHistory(inspectionId);

  if (history.isPending) {
    return <Skeleton active paragraph={{ rows: 4 }} />;
  }
  if (history.error) {
    return <ProblemAlert error={history.error} />;
  }
  const entries = history.data?.items ?? [];
  if (entries.length === 0) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('history.empty')} />;
  }
  return (
    <Timeline
      items={entries.map((entry) => ({
        key: entry.id,
        content: (
          <div data-testid="history-entry">
            <Typography.Text strong>{actionLabel(entry.action, t)}</Typography.Text>{' '}
            <Typography.Text type="secondary">
              {formatDateTime(entry.at)} · {t('history.by', { user: entry.by ?? '—' })}
            </Typography.Text>
            <Changes entry={entry} />
          </div>
        ),
      }))}
    />
  );
}
