import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useLocation, useSearchParams } from 'react-router-dom';
import type { TableState } from './PagedTable';

/** How a filter is written in the URL. */
export type FilterKind = 'string' | 'number' | 'boolean';

/** Every filter of a list with the kind of its value, so that a link read back gives the same filters. */
export type FilterSpec<Filters> = { [K in keyof Filters]-?: FilterKind };

export const PAGE_SIZES = [10, 20, 50, 100] as const;
const DEFAULT_SIZE = 20;
const STORAGE_PREFIX = 'coso.list:';

interface ListStateOptions<Filters> {
  /** Prefixes the parameters when a page holds two lists. */
  prefix?: string;
  defaultSize?: number;
  /** Filters in force when the URL does not name them (the current year); cleared, they are written empty. */
  defaults?: Partial<Filters>;
}

function parseValue(kind: FilterKind, raw: string | null): unknown {
  if (raw === null || raw === '') return undefined;
  switch (kind) {
    case 'number': {
      const number = Number(raw);
      return Number.isFinite(number) ? number : undefined;
    }
    case 'boolean':
      return raw === 'true' ? true : raw === 'false' ? false : undefined;
    default:
      return raw;
  }
}

function writeValue(value: unknown): string | undefined {
  if (value === undefined || value === null || value === '' || value === false) return undefined;
  return String(value);
}

/** The last address of a list (path and query), so that a detail page leads back to the list as it was left. */
export function listUrl(path: string): string {
  try {
    return path + (sessionStorage.getItem(STORAGE_PREFIX + path) ?? '');
  } catch {
    return path;
  }
}

/**
 * A list page's filters, page, size and sort, kept in the URL: back, reload and a copied link give
 * the same list. Changing a filter goes back to the first page; values equal to the defaults stay
 * out of the URL. The history is not stepped through filter by filter (the URL is replaced).
 */
export function useListState<Filters extends object>(
  defaultSort: string,
  spec: FilterSpec<Filters>,
  { prefix, defaultSize = DEFAULT_SIZE, defaults = {} }: ListStateOptions<Filters> = {},
) {
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  const name = useCallback((key: string) => (prefix ? `${prefix}.${key}` : key), [prefix]);

  const filters = useMemo(() => {
    const read = {} as Record<string, unknown>;
    for (const [key, kind] of Object.entries(spec) as [string, FilterKind][]) {
      const value = params.has(name(key))
        ? parseValue(kind, params.get(name(key)))
        : (defaults as Record<string, unknown>)[key];
      if (value !== undefined) read[key] = value;
    }
    return read as Filters;
  }, [params, spec, defaults, name]);

  const table = useMemo<TableState>(() => {
    const page = Number(params.get(name('page')));
    const size = Number(params.get(name('size')));
    return {
      page: Number.isInteger(page) && page > 1 ? page - 1 : 0,
      size: (PAGE_SIZES as readonly number[]).includes(size) ? size : defaultSize,
      sort: params.get(name('sort')) || defaultSort,
    };
  }, [params, name, defaultSize, defaultSort]);

  useEffect(() => {
    try {
      sessionStorage.setItem(STORAGE_PREFIX + location.pathname, location.search);
    } catch {
      // Without storage the detail pages lead back to the bare list.
    }
  }, [location.pathname, location.search]);

  // React Router hands a functional update the parameters of the render it was made in, not the
  // latest ones: a debounced search sent after a filter was chosen would undo the filter. So each
  // change starts from the latest parameters, kept here (and moved on at once for changes in a row).
  const latest = useRef(params);
  latest.current = params;
  const update = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(latest.current);
    Object.entries(changes).forEach(([key, value]) => {
      if (value === undefined) next.delete(name(key));
      else next.set(name(key), value);
    });
    latest.current = next;
    setParams(next, { replace: true });
  };

  const filter = (change: Partial<Filters>) =>
    update({
      ...Object.fromEntries(
        Object.entries(change).map(([key, value]) => {
          const fallback = (defaults as Record<string, unknown>)[key];
          if (fallback === undefined) return [key, writeValue(value)];
          // A filter with a default: the default stays out of the URL, "none" is written empty.
          return [key, value === fallback ? undefined : (writeValue(value) ?? '')];
        }),
      ),
      page: undefined,
    });

  const setTable = (state: TableState) =>
    update({
      page: state.page > 0 ? String(state.page + 1) : undefined,
      size: state.size === defaultSize ? undefined : String(state.size),
      sort: state.sort === defaultSort ? undefined : state.sort,
    });

  return { filters, filter, table, setTable };
}
