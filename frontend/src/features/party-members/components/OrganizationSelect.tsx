import { Select } from 'antd';
import { useMemo, useState } from 'react';
import { useOrganizationOptions, type OrganizationRef } from '../api';

interface OrganizationSelectProps {
  value?: number | null;
  onChange?: (value: number | undefined) => void;
  /** Shown by name even when it is not among the search results. */
  current?: OrganizationRef;
  /** An organisation that cannot be chosen (the one a member moves from). */
  excludeId?: number;
  allowClear?: boolean;
  placeholder?: string;
  style?: React.CSSProperties;
  id?: string;
  'aria-label'?: string;
}

/** Picks an active party organisation by searching the server for its name or code. */
export function OrganizationSelect({ current, excludeId, onChange, ...rest }: OrganizationSelectProps) {
  const [search, setSearch] = useState('');
  const organizations = useOrganizationOptions(search);
  const options = useMemo(() => {
    const found = (organizations.data?.items ?? [])
      .filter((organization) => organization.id !== excludeId)
      .map((organization) => ({ value: organization.id, label: `${organization.name} (${organization.code})` }));
    if (current && current.id !== excludeId && !found.some((option) => option.value === current.id)) {
      found.unshift({ value: current.id, label: current.code ? `${current.name} (${current.code})` : current.name });
    }
    return found;
  }, [organizations.data, current, excludeId]);

  return (
    <Select<number>
      {...rest}
      onChange={(value) => onChange?.(value ?? undefined)}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      loading={organizations.isFetching}
      options={options}
    />
  );
}
