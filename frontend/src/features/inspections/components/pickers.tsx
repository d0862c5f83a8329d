import { Select } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useI18n } from '@/lib/i18n';
import { useMemberOptions, useOrganizationOptions } from '../api';

const SEARCH_DELAY_MS = 300;

/** What was typed, settled for a moment, so that every keystroke does not ask the server. */
function useSettledSearch() {
  const [search, setSearch] = useState('');
  const [settled, setSettled] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setSettled(search.trim()), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [search]);
  return { q: settled, setSearch };
}

interface Choice {
  value: number;
  label: string;
}

interface PickerProps {
  id?: string;
  value?: number;
  onChange?: (value: number | undefined) => void;
  /** The record chosen before, labelled, for a form that edits: kept selectable while not among the results. */
  current?: Choice;
  disabled?: boolean;
}

/** A select whose options the server finds for what was typed. */
function ServerSearchSelect({
  current,
  found,
  loading,
  onSearch,
  ...props
}: PickerProps & { found: Choice[]; loading: boolean; onSearch: (text: string) => void }) {
  const { t } = useI18n();
  const options = useMemo(
    () => (current && !found.some((option) => option.value === current.value) ? [current, ...found] : found),
    [found, current],
  );
  return (
    <Select<number>
      {...props}
      allowClear
      showSearch={{ filterOption: false, onSearch }}
      placeholder={t('inspection.field.search')}
      loading={loading}
      options={options}
    />
  );
}

/** A party organisation in the caller's scope, found by code or name. */
export function OrganizationSelect(props: PickerProps) {
  const { q, setSearch } = useSettledSearch();
  const organizations = useOrganizationOptions(q);
  const found = useMemo(
    () => (organizations.data?.items ?? []).map((o) => ({ value: o.id, label: `${o.name} (${o.code})` })),
    [organizations.data],
  );
  return <ServerSearchSelect {...props} found={found} loading={organizations.isFetching} onSearch={setSearch} />;
}

/** A party member in the caller's scope, found by name or card number (admin and inspector only). */
export function MemberSelect(props: PickerProps) {
  const { q, setSearch } = useSettledSearch();
  const members = useMemberOptions(q);
  const found = useMemo(
    () =>
      (members.data?.items ?? []).map((m) => ({
        value: m.id,
        label: `${m.fullName} (${m.partyCardNumber})${m.organization?.name ? ` – ${m.organization.name}` : ''}`,
      })),
    [members.data],
  );
  return <ServerSearchSelect {...props} found={found} loading={members.isFetching} onSearch={setSearch} />;
}
