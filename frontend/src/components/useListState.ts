import { useState } from 'react';
import type { TableState } from './PagedTable';

/** A list page's filters and table state; changing a filter goes back to the first page. */
export function useListState<Filters extends object>(defaultSort: string, initialFilters = {} as Filters) {
  const [filters, setFilters] = useState<Filters>(initialFilters);
  const [table, setTable] = useState<TableState>({ page: 0, size: 20, sort: defaultSort });
  const filter = (change: Partial<Filters>) => {
    setFilters((current) => ({ ...current, ...change }));
    setTable((current) => ({ ...current, page: 0 }));
  };
  return { filters, filter, table, setTable };
}
