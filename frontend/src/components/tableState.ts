import type { TablePaginationConfig } from 'antd';
import type { SorterResult } from 'antd/es/table/interface';

/** A server-side table's page and sort, as the list endpoints take them. */
export interface TableState {
  page: number;
  size: number;
  /** `field,asc` or `field,desc`. */
  sort: string;
}

/** The column's sort order as Ant Design shows it, from the `field,dir` the API takes. */
export function sortOrderOf(sort: string, field: string) {
  const [sortField, direction] = sort.split(',');
  if (sortField !== field) return null;
  return direction === 'desc' ? ('descend' as const) : ('ascend' as const);
}

/**
 * The next state after the user paged or sorted: a sort by a column the API does not know falls
 * back to the default, and a new sort or page size starts again at the first page.
 */
export function nextTableState<T>(
  state: TableState,
  pagination: TablePaginationConfig,
  sorter: SorterResult<T> | SorterResult<T>[],
  sortable: readonly string[],
  defaultSort: string,
): TableState {
  const single = Array.isArray(sorter) ? sorter[0] : sorter;
  const field = String(single?.columnKey ?? '');
  const sort =
    single?.order && sortable.includes(field) ? `${field},${single.order === 'descend' ? 'desc' : 'asc'}` : defaultSort;
  const size = pagination.pageSize ?? state.size;
  const reset = sort !== state.sort || size !== state.size;
  return { page: reset ? 0 : (pagination.current ?? 1) - 1, size, sort };
}
