import { Grid, Table } from 'antd';
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

/** On a phone a table keeps this width and scrolls sideways, its first column fixed at the left. */
const PHONE_TABLE_WIDTH = 720;
const PHONE_FIRST_COLUMN_WIDTH = 150;

/**
 * On a phone the first column (what names the row) stays in view while the rest scrolls: it is fixed
 * at the left and narrowed, unless the table fixes columns of its own.
 */
export function phoneColumns<T>(columns: NonNullable<TableProps<T>['columns']>): NonNullable<TableProps<T>['columns']> {
  if (columns.length < 2 || columns.some((column) => column.fixed)) {
    return columns.map((column, index) =>
      index === 0 && column.fixed ? { ...column, width: PHONE_FIRST_COLUMN_WIDTH } : column,
    );
  }
  return columns.map((column, index) =>
    index === 0 ? { ...column, fixed: 'left' as const, width: PHONE_FIRST_COLUMN_WIDTH } : column,
  );
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
  const phone = Grid.useBreakpoint().xs === true;
  const shownColumns = columns.map((column) =>
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
      columns={phone ? phoneColumns(shownColumns) : shownColumns}
      dataSource={rows}
      loading={loading}
      onChange={handleChange}
      expandable={expandable}
      scroll={phone ? { x: Math.max(PHONE_TABLE_WIDTH, Number(scroll?.x) || 0) } : scroll}
      locale={{ emptyText }}
      pagination={{
        current: state.page + 1,
        pageSize: state.size,
        total,
        showSizeChanger: !phone,
        size: phone ? 'small' : undefined,
        pageSizeOptions: [10, 20, 50, 100],
        showTotal: (count) => totalText(formatCount(count)),
      }}
    />
  );
}
