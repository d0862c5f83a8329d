import { Tag } from 'antd';
import { Link } from 'react-router-dom';
import { useAttachmentCounts } from '@/components/attachments/api';
import { PaperclipCount } from '@/components/attachments/PaperclipCount';
import type { TableProps } from 'antd';
import { useI18n } from '@/lib/i18n';
import type { Inspection, InspectionStatus } from '../api';
import { PagedTable } from '@/components/PagedTable';
import { overdueColumn } from './overdueColumn';

export interface TableState {
  page: number;
  size: number;
  /** `field,asc` or `field,desc`, as the API takes it. */
  sort: string;
}

interface InspectionsTableProps {
  inspections: Inspection[];
  total: number;
  loading: boolean;
  state: TableState;
  onStateChange: (state: TableState) => void;
}

export const DEFAULT_SORT = 'plannedStart,desc';

export const STATUS_COLORS: Record<InspectionStatus, string> = {
  PLANNED: 'default',
  IN_PROGRESS: 'processing',
  CONCLUDED: 'success',
  CLOSED: 'cyan',
  CANCELLED: 'error',
};

export function InspectionsTable({ inspections, total, loading, state, onStateChange }: InspectionsTableProps) {
  const { t } = useI18n();
  const files = useAttachmentCounts(
    'inspection-conclusion',
    inspections.map((i) => i.id),
  );

  const columns: NonNullable<TableProps<Inspection>['columns']> = [
    {
      title: t('inspections.column.year'),
      dataIndex: 'planYear',
      key: 'planYear',
      width: 90,
      sorter: true,
    },
    {
      title: t('inspections.column.kind'),
      dataIndex: 'kind',
      key: 'kind',
      width: 110,
      render: (_: unknown, inspection) => (
        <Tag color={inspection.kind === 'INSPECTION' ? 'volcano' : 'blue'} variant="outlined">
          {t(`inspectionKind.${inspection.kind}`)}
        </Tag>
      ),
    },
    {
      title: t('inspections.column.form'),
      dataIndex: 'form',
      key: 'form',
      width: 170,
      render: (_: unknown, inspection) => t(`inspectionForm.${inspection.form}`),
    },
    {
      title: t('inspections.column.topic'),
      dataIndex: 'topic',
      key: 'topic',
      render: (_: unknown, inspection) => (
        <>
          <Link to={`/inspections/${inspection.id}`}>{inspection.topic ?? `#${inspection.id}`}</Link>
          <PaperclipCount count={files.data?.get(inspection.id)} />
        </>
      ),
    },
    {
      title: t('inspections.column.subject'),
      key: 'subject',
      // A viewer sees a member subject only as the member's organisation.
      render: (_: unknown, inspection) =>
        inspection.subject?.member?.fullName ?? inspection.subject?.organization?.name ?? '—',
    },
    {
      title: t('inspections.column.conductor'),
      key: 'conductor',
      render: (_: unknown, inspection) => inspection.conductingOrganization?.name ?? '—',
    },
    {
      title: t('inspections.column.status'),
      dataIndex: 'status',
      key: 'status',
      width: 140,
      sorter: true,
      render: (_: unknown, inspection) => (
        <Tag color={STATUS_COLORS[inspection.status]}>{t(`inspectionStatus.${inspection.status}`)}</Tag>
      ),
    },
    overdueColumn(t),
  ];

  return (
    <PagedTable<Inspection>
      rows={inspections}
      total={total}
      loading={loading}
      state={state}
      onStateChange={onStateChange}
      columns={columns}
      defaultSort={DEFAULT_SORT}
      emptyText={t('inspections.list.empty')}
      totalText={(count) => t('inspections.list.total', { total: count })}
    />
  );
}
