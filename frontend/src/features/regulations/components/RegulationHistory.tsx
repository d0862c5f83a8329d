import { Empty, Skeleton, Table, Timeline, Typography } from 'antd';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useI18n, type MessageKey } from '@/lib/i18n';
import { useRegulationHistory } from '../api';

const ACTION_LABELS: Record<string, MessageKey> = {
  CREATED: 'regulations.history.action.CREATED',
  UPDATED: 'regulations.history.action.UPDATED',
  SUBMITTED_FOR_CONSULTATION: 'regulations.history.action.SUBMITTED_FOR_CONSULTATION',
  ISSUED: 'regulations.history.action.ISSUED',
  REVISED: 'regulations.history.action.REVISED',
  REPEALED: 'regulations.history.action.REPEALED',
};

/** Who changed the regulation, when, and each field before and after. */
export function RegulationHistory({ id }: { id: number }) {
  const { t, language } = useI18n();
  const history = useRegulationHistory(id);
  if (history.isLoading) {
    return <Skeleton active />;
  }
  if (history.error) {
    return <ProblemAlert error={history.error} />;
  }
  const entries = history.data ?? [];
  if (entries.length === 0) {
    return <Empty description={t('regulations.history.empty')} />;
  }
  const when = new Intl.DateTimeFormat(language === 'vi' ? 'vi-VN' : 'en-GB', {
    dateStyle: 'short',
    timeStyle: 'short',
  });
  return (
    <Timeline
      items={entries.map((entry) => ({
        key: entry.id,
        content: (
          <div>
            <Typography.Text strong>
              {t('regulations.history.entry', {
                action: ACTION_LABELS[entry.action] ? t(ACTION_LABELS[entry.action]) : entry.action,
                by: entry.by ?? '—',
                at: when.format(new Date(entry.at)),
              })}
            </Typography.Text>
            {(entry.changes ?? []).length > 0 && (
              <Table
                size="small"
                pagination={false}
                rowKey="field"
                style={{ marginTop: 8 }}
                dataSource={entry.changes}
                columns={[
                  { title: t('regulations.history.field'), dataIndex: 'field', key: 'field', width: 120 },
                  { title: t('regulations.history.from'), dataIndex: 'from', key: 'from', render: (v) => v ?? '—' },
                  { title: t('regulations.history.to'), dataIndex: 'to', key: 'to', render: (v) => v ?? '—' },
                ]}
              />
            )}
          </div>
        ),
      }))}
    />
  );
}
