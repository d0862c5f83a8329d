import { Card, Table, Tag } from 'antd';
import { useI18n } from '@/lib/i18n';
import type { ReportPart } from '../api';
import { useFormat } from '@/lib/format';

interface TargetProgress {
  id: number;
  figureLabel: string;
  figureKind: string;
  label?: string | null;
  comparator: 'GE' | 'LE';
  threshold: number;
  value?: number | null;
  projected?: number | null;
  status: 'ON_TRACK' | 'AT_RISK' | 'MET' | 'MISSED';
  unit: { name: string };
}

const COLORS = { MET: 'green', ON_TRACK: 'blue', AT_RISK: 'orange', MISSED: 'red' } as const;

/**
 * The steering committee's targets for the year beside the review's figures: read from the
 * review's `committee` part, whose progress the server computed from the records.
 */
export function CommitteeTargetsCard({ parts, year }: { parts: ReportPart[]; year: number }) {
  const { t } = useI18n();
  const formatter = useFormat();
  const data = parts.find((part) => part.key === 'committee')?.data as
    { plan?: { targets: TargetProgress[] } | null } | undefined;
  const targets = data?.plan?.targets ?? [];
  if (targets.length === 0) {
    return null;
  }
  const format = (kind: string, value?: number | null) =>
    kind === 'SHARE' ? formatter.percent(value) : formatter.decimal(value, 2);
  return (
    <Card size="small" title={t('committees.targets.card', { year: String(year) })}>
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={targets}
        columns={[
          { title: t('committees.target'), render: (_, target) => target.label ?? target.figureLabel },
          // A target may be on one unit of the committee's area: say which.
          { title: t('committees.target.area'), render: (_, target) => target.unit.name },
          {
            title: t('committees.target.threshold'),
            render: (_, target) =>
              `${target.comparator === 'GE' ? '≥' : '≤'} ${format(target.figureKind, target.threshold)}`,
          },
          { title: t('committees.target.value'), render: (_, target) => format(target.figureKind, target.value) },
          {
            title: t('committees.target.projected'),
            render: (_, target) => format(target.figureKind, target.projected),
          },
          {
            title: t('committees.target.status'),
            render: (_, target) => (
              <Tag color={COLORS[target.status]} data-testid={`dashboard-target-${target.id}`}>
                {t(`committees.status.${target.status}`)}
              </Tag>
            ),
          },
        ]}
      />
    </Card>
  );
}
