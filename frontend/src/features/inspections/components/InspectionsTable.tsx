import { Table, Tag } from 'antd';
import { Link } from 'react-router-dom';
import type { TableProps } from 'antd';
import type { SorterResult } from 'antd/es/table/interface';
import { useI18n } from '@/lib/i18n';
import type { Inspection, InspectionStatus } from '../api';
import { overdueColumn } from './overdueColumn';
import { formatCount } from '@/lib/format';

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

const SORTABLE = ['planYear', 'status'] as const;
export const DEFAULT_SORT = 'plannedStart,desc';

export const STATUS_COLORS: Record<InspectionStatus, string> = {
  PLANNED: 'default',
  IN_PROGRESS: 'processing',
  CONCLUDED: 'success',
  CLOSED: 'cyan',
  CANCELLED: 'error',
};

function sortOrderOf(sort: string, field: string) {
  const [sortField, direction] = sort.split(',');
  if (sortField !== field) {
    return null;
  }
  return direction === 'desc' ? ('descend' as const) : ('ascend' as const);
}

export function InspectionsTable({ inspections, total, loading, state, onStateChange }: InspectionsTableProps) {
  const { t } = useI18n();

  const columns: TableProps<Inspection>['columns'] = [
    {
      title: t('inspections.column.year'),
      dataIndex: 'planYear',
      key: 'planYear',
      width: 90,
      sorter: true,
      sortOrder: sortOrderOf(state.sort, 'planYear'),
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
        <Link to={`/inspections/${inspection.id}`}>{inspection.topic ?? `#${inspection.id}`}</Link>
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
      sortOrder: sortOrderOf(state.sort, 'status'),
      render: (_: unknown, inspection) => (
        <Tag color={STATUS_COLORS[inspection.status]}>{t(`inspectionStatus.${inspection.status}`)}</Tag>
      ),
    },
    overdueColumn(t),
  ];

  const handleChange: TableProps<Inspection>['onChange'] = (pagination, _filters, sorter) => {
    const single = (Array.isArray(sorter) ? sorter[0] : sorter) as SorterResult<Inspection> | undefined;
    const field = String(single?.columnKey ?? '');
    const sort =
      single?.order && (SORTABLE as readonly string[]).includes(field)
        ? `${field},${single.order === 'descend' ? 'desc' : 'asc'}`
        : DEFAULT_SORT;
    const size = pagination.pageSize ?? state.size;
    const sortChanged = sort !== state.sort || size !== state.size;
    onStateChange({ page: sortChanged ? 0 : (pagination.current ?? 1) - 1, size, sort });
  };

  return (
    <Table<Inspection>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={inspections}
      loading={loading}
      onChange={handleChange}
      locale={{ emptyText: t('inspections.list.empty') }}
      pagination={{
        current: state.page + 1,
        pageSize: state.size,
        total,
        showSizeChanger: true,
        pageSizeOptions: [10, 20, 50, 100],
        showTotal: (count) => t('inspections.list.total', { total: formatCount(count) }),
      }}
    />
  );
}
