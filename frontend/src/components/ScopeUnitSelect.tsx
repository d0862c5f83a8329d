import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useState } from 'react';
import { unwrap, useApi, type components } from '@/api';
import { useDebouncedValue } from '@/lib/useDebouncedValue';
import { useI18n } from '@/lib/i18n';

type UnitRef = components['schemas']['UnitRef'];

/** `GET /units?q=`: units of the caller's scope by name or code, tone marks optional. */
function useScopeUnits(q: string) {
  const api = useApi();
  return useQuery({
    queryKey: ['units', 'scope-search', q],
    queryFn: async ({ signal }) =>
      (await unwrap(
        api.GET('/api/v1/units', {
          params: { query: { q: q || undefined, active: true, page: '0', size: '20', sort: ['name,asc'] } },
          signal,
        }),
      )) as { items: UnitRef[] },
    staleTime: 60_000,
  });
}

interface ScopeUnitSelectProps {
  id?: string;
  value?: number;
  onChange?: (value: number | undefined) => void;
  placeholder?: string;
  /** A unit already chosen elsewhere (e.g. the record's), shown by name before any search. */
  initial?: UnitRef | null;
  style?: React.CSSProperties;
  'aria-label'?: string;
}

/** A unit of the signed-in user's scope, searched on the server as the user types. */
export function ScopeUnitSelect({ id, value, onChange, placeholder, initial, style, ...rest }: ScopeUnitSelectProps) {
  const { t } = useI18n();
  const [typed, setTyped] = useState('');
  const q = useDebouncedValue(typed.trim());
  const units = useScopeUnits(q);
  const [chosen, setChosen] = useState<UnitRef | null | undefined>(initial);
  const found = units.data?.items ?? [];
  const options = [...(chosen?.id && !found.some((u) => u.id === chosen.id) ? [chosen] : []), ...found].map((unit) => ({
    value: unit.id as number,
    label: unit.code ? `${unit.name} (${unit.code})` : unit.name,
  }));
  return (
    <Select<number>
      id={id}
      aria-label={rest['aria-label']}
      showSearch={{ filterOption: false, onSearch: setTyped }}
      allowClear
      value={value}
      placeholder={placeholder}
      loading={units.isFetching}
      notFoundContent={units.isFetching ? t('app.loading') : t('units.list.empty')}
      options={options}
      onChange={(next) => {
        setChosen(found.find((unit) => unit.id === next) ?? chosen);
        onChange?.(next);
      }}
      style={{ width: '100%', ...style }}
    />
  );
}
