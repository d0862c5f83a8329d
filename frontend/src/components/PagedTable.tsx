import { Table } from 'antd';
import type { TableProps } from 'antd';
import type { SorterResult } from 'antd/es/table/interface';
import { formatCount } from '@/lib/format';

/** A table's page and sort as the list endpoints take them. */
export interface TableState {
  page: number;
  size: number;
  /** `field,asc` or `field,desc`, as the API takes it. */
  sort: string;
}

function sortOrderOf(sort: string, field: string) {
  const [sortField, direction] = sort.split(',');
  if (sortField !== field) {
    return null;
  }
  return direction === 'desc' ? ('descend' as const) : ('ascend' as const);
}

interface PagedTableProps<T> {
  rows: T[];
  total: number;
  loading: boolean;
  state: TableState;
  onStateChange: (state: TableState) => void;
  /** Columns with `sorter: true` sort on the server by their `key`, which must be a field the API sorts by. */
  columns: NonNullable<TableProps<T>['columns']>;
  /** The sort when the user clears the column sort. */
  defaultSort: string;
  emptyText: string;
  totalText: (total: string) => string;
  rowKey?: TableProps<T>['rowKey'];
  expandable?: TableProps<T>['expandable'];
  /** Wide tables scroll sideways (on phones) rather than squeeze their columns. */
  scroll?: TableProps<T>['scroll'];
}

/** A server-paged, server-sorted table: the page, size and sort live in the caller's state. */
export function PagedTable<T extends object>({
  rows,
  total,
  loading,
  state,
  onStateChange,
  columns,
  defaultSort,
  emptyText,
  totalText,
  rowKey = 'id',
  expandable,
  scroll,
}: PagedTableProps<T>) {
  const sortable = columns.filter((column) => column.sorter === true).map((column) => String(column.key));
  const sortedColumns = columns.map((column) =>
    column.sorter === true ? { ...column, sortOrder: sortOrderOf(state.sort, String(column.key)) } : column,
  );

  const handleChange: TableProps<T>['onChange'] = (pagination, _filters, sorter) => {
    const single = (Array.isArray(sorter) ? sorter[0] : sorter) as SorterResult<T> | undefined;
    const field = String(single?.columnKey ?? '');
    const sort =
      single?.order && sortable.includes(field)
        ? `${field},${single.order === 'descend' ? 'desc' : 'asc'}`
        : defaultSort;
    const size = pagination.pageSize ?? state.size;
    const sortChanged = sort !== state.sort || size !== state.size;
    onStateChange({ page: sortChanged ? 0 : (pagination.current ?? 1) - 1, size, sort });
  };

  return (
    <Table<T>
      rowKey={rowKey}
      size="middle"
      columns={sortedColumns}
      dataSource={rows}
      loading={loading}
      onChange={handleChange}
      expandable={expandable}
      scroll={scroll}
      locale={{ emptyText }}
      pagination={{
        current: state.page + 1,
        pageSize: state.size,
        total,
        showSizeChanger: true,
        pageSizeOptions: [10, 20, 50, 100],
        showTotal: (count) => totalText(formatCount(count)),
      }}
    />
  );
}
