import { act, render, screen } from '@testing-library/react';
import { MemoryRouter, useLocation } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { listUrl, useListState, type FilterSpec } from './useListState';

interface Filters {
  q?: string;
  unitId?: number;
  overdue?: boolean;
}
const SPEC: FilterSpec<Filters> = { q: 'string', unitId: 'number', overdue: 'boolean' };

let state: ReturnType<typeof useListState<Filters>>;

function List() {
  state = useListState<Filters>('receivedAt,desc', SPEC);
  const location = useLocation();
  return <output data-testid="url">{location.pathname + location.search}</output>;
}

function open(url: string) {
  render(
    <MemoryRouter initialEntries={[url]}>
      <List />
    </MemoryRouter>,
  );
}

describe('useListState', () => {
  it('reads the filters, page, size and sort from a copied link', () => {
    open('/feedback?q=%C4%91%C6%B0%E1%BB%9Dng&unitId=3&overdue=true&page=3&size=50&sort=status,asc&unknown=1');
    expect(state.filters).toEqual({ q: 'đường', unitId: 3, overdue: true });
    expect(state.table).toEqual({ page: 2, size: 50, sort: 'status,asc' });
  });

  it('ignores values that do not parse and falls back to the defaults', () => {
    open('/feedback?unitId=abc&overdue=maybe&page=-2&size=7');
    expect(state.filters).toEqual({});
    expect(state.table).toEqual({ page: 0, size: 20, sort: 'receivedAt,desc' });
  });

  it('writes a filter into the URL, back to the first page, and leaves defaults out', () => {
    open('/feedback?page=4');
    act(() => state.filter({ overdue: true, unitId: 3 }));
    expect(screen.getByTestId('url')).toHaveTextContent('/feedback?overdue=true&unitId=3');
    act(() => state.setTable({ page: 1, size: 20, sort: 'status,asc' }));
    expect(screen.getByTestId('url')).toHaveTextContent('/feedback?overdue=true&unitId=3&page=2&sort=status%2Casc');
    act(() => state.filter({ overdue: false }));
    expect(screen.getByTestId('url')).toHaveTextContent('/feedback?unitId=3&sort=status%2Casc');
    expect(listUrl('/feedback')).toBe('/feedback?unitId=3&sort=status%2Casc');
  });
});
