import { Table, Tag, Typography } from 'antd';
import type { TableProps } from 'antd';
import type { SorterResult } from 'antd/es/table/interface';
import { useI18n } from '@/lib/i18n';
import type { Regulation } from '../api';
import { formatDate, STATUS_COLORS } from './format';
import { formatCount } from '@/lib/format';

export interface TableState {
  page: number;
  size: number;
  /** `field,asc` or `field,desc`, as the API takes it. */
  sort: string;
}

interface RegulationsTableProps {
  regulations: Regulation[];
  total: number;
  loading: boolean;
  state: TableState;
  onStateChange: (state: TableState) => void;
  /** Opens a regulation's details, operations and history. */
  onOpen?: (regulation: Regulation) => void;
}

const SORTABLE = ['title', 'issueDate', 'status'] as const;
export const DEFAULT_SORT = 'issueDate,desc';

function sortOrderOf(sort: string, field: string) {
  const [sortField, direction] = sort.split(',');
  if (sortField !== field) {
    return null;
  }
  return direction === 'desc' ? ('descend' as const) : ('ascend' as const);
}

export function RegulationsTable({ regulations, total, loading, state, onStateChange, onOpen }: RegulationsTableProps) {
  const { t } = useI18n();

  const columns: TableProps<Regulation>['columns'] = [
    {
      title: t('regulations.column.unit'),
      key: 'unit',
      render: (_: unknown, regulation) => regulation.unit?.name ?? '—',
    },
    {
      title: t('regulations.column.kind'),
      dataIndex: 'kind',
      key: 'kind',
      width: 150,
      render: (_: unknown, regulation) => t(`regulationKind.${regulation.kind}`),
    },
    {
      title: t('regulations.column.number'),
      dataIndex: 'number',
      key: 'number',
      width: 120,
      render: (number: string | null | undefined) => (number ? <Typography.Text code>{number}</Typography.Text> : '—'),
    },
    {
      title: t('regulations.column.title'),
      dataIndex: 'title',
      key: 'title',
      sorter: true,
      sortOrder: sortOrderOf(state.sort, 'title'),
      render: (title: string, regulation) =>
        onOpen ? <Typography.Link onClick={() => onOpen(regulation)}>{title}</Typography.Link> : title,
    },
    {
      title: t('regulations.column.issueDate'),
      dataIndex: 'issueDate',
      key: 'issueDate',
      width: 140,
      sorter: true,
      sortOrder: sortOrderOf(state.sort, 'issueDate'),
      render: (date: string | null | undefined) => formatDate(date),
    },
    {
      title: t('regulations.column.status'),
      dataIndex: 'status',
      key: 'status',
      width: 150,
      sorter: true,
      sortOrder: sortOrderOf(state.sort, 'status'),
      render: (_: unknown, regulation) => (
        <Tag color={STATUS_COLORS[regulation.status]}>{t(`regulationStatus.${regulation.status}`)}</Tag>
      ),
    },
    {
      title: t('regulations.column.inForce'),
      dataIndex: 'inForce',
      key: 'inForce',
      width: 150,
      render: (inForce: boolean) =>
        inForce ? (
          <Typography.Text type="success">{t('regulations.inForce')}</Typography.Text>
        ) : (
          <Typography.Text type="secondary">{t('regulations.notInForce')}</Typography.Text>
        ),
    },
  ];

  const handleChange: TableProps<Regulation>['onChange'] = (pagination, _filters, sorter) => {
    const single = (Array.isArray(sorter) ? sorter[0] : sorter) as SorterResult<Regulation> | undefined;
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
    <Table<Regulation>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={regulations}
      loading={loading}
      onChange={handleChange}
      locale={{ emptyText: t('regulations.list.empty') }}
      pagination={{
        current: state.page + 1,
        pageSize: state.size,
        total,
        showSizeChanger: true,
        pageSizeOptions: [10, 20, 50, 100],
        showTotal: (count) => t('regulations.list.total', { total: formatCount(count) }),
      }}
    />
  );
}
