import { Button, Progress, Table, type TableColumnsType } from 'antd';
import { useScrollableRegion } from '@/components/useScrollableRegion';
import { useFormat } from '@/lib/format';
import { useI18n } from '@/lib/i18n';
import type { BreakdownRow, Figure, ReportUnit } from '../api';
import { formatFigure } from './format';

/** The figures the breakdown shows as columns: the seed's headline figures. */
export const BREAKDOWN_KEYS = [
  'documents.issued',
  'trainings.classes',
  'trainings.attendances',
  'inspections.organizationsInspected',
  'inspections.membersInspected',
  'inspections.organizationsSupervised',
  'inspections.membersSupervised',
  'conferences.held',
  'regulations.share',
];

interface Props {
  rows: BreakdownRow[];
  figures: Figure[];
  loading: boolean;
  onDrill: (unit: ReportUnit) => void;
}

/** One row per child unit (and the unit's own records); a unit with units under it can be drilled into. */
export function BreakdownTable({ rows, figures, loading, onDrill }: Props) {
  const { t } = useI18n();
  const format = useFormat();
  const frame = useScrollableRegion(t('reports.breakdown.title'));
  const shown = BREAKDOWN_KEYS.map((key) => figures.find((f) => f.key === key)).filter(
    (f): f is Figure => f !== undefined,
  );
  const columns: TableColumnsType<BreakdownRow> = [
    {
      title: t('reports.breakdown.unit'),
      key: 'unit',
      fixed: 'left',
      width: 240,
      render: (_, row) =>
        row.own ? (
          t('reports.breakdown.own', { name: row.unit.name })
        ) : row.childCount > 0 ? (
          <Button type="link" size="small" style={{ padding: 0 }} onClick={() => onDrill(row.unit)}>
            {row.unit.name}
          </Button>
        ) : (
          row.unit.name
        ),
    },
    ...shown.map((figure) => ({
      title: figure.label,
      key: figure.key,
      align: 'right' as const,
      width: figure.kind === 'SHARE' ? 140 : 110,
      render: (_: unknown, row: BreakdownRow) =>
        figure.kind === 'SHARE' && row.figures[figure.key] != null ? (
          <Progress
            percent={Math.round((row.figures[figure.key] as number) * 1000) / 10}
            size="small"
            format={() => format.percent(row.figures[figure.key])}
            aria-label={`${figure.label}: ${row.unit.name}`}
          />
        ) : (
          formatFigure(format, figure.kind, row.figures[figure.key])
        ),
    })),
  ];
  return (
    <div ref={frame}>
      <Table<BreakdownRow>
        rowKey={(row) => `${row.unit.id}-${row.own}`}
        size="small"
        columns={columns}
        dataSource={rows}
        loading={loading}
        pagination={false}
        scroll={{ x: 'max-content' }}
        data-testid="breakdown"
      />
    </div>
  );
}
