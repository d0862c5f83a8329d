import { Select, TreeSelect } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { toUnitTreeData, unitTreeFilter } from '@/components/unitTree';
import { useMe } from '@/lib/auth';
import { useI18n } from '@/lib/i18n';
import { useMemberOptions, useOrganizationOptions, useUnitOptions } from '../api';

const SEARCH_DELAY_MS = 300;

/** What was typed, settled for a moment, so that every keystroke does not ask the server. */
function useSettled(text: string) {
  const [settled, setSettled] = useState(text);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(text.trim()), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text]);
  return settled;
}

interface Choice {
  value: number;
  label: string;
}

/** Keeps the chosen record selectable while it is not among the search results. */
function withCurrent(options: Choice[], current: Choice | undefined): Choice[] {
  if (current && !options.some((option) => option.value === current.value)) {
    return [current, ...options];
  }
  return options;
}

interface PickerProps {
  id?: string;
  value?: number;
  onChange?: (value: number | undefined) => void;
  /** The record chosen before, labelled, for a form that edits. */
  current?: Choice;
  disabled?: boolean;
  'aria-label'?: string;
}

/** A party organisation in the caller's scope, found by code or name on the server. */
export function OrganizationSelect({ current, ...props }: PickerProps) {
  const { t } = useI18n();
  const [search, setSearch] = useState('');
  const q = useSettled(search);
  const organizations = useOrganizationOptions(q);
  const options = useMemo(
    () =>
      withCurrent(
        (organizations.data?.items ?? []).map((o) => ({ value: o.id, label: `${o.name} (${o.code})` })),
        current,
      ),
    [organizations.data, current],
  );
  return (
    <Select<number>
      {...props}
      allowClear
      showSearch={{ filterOption: false, onSearch: setSearch }}
      placeholder={t('inspection.field.search')}
      loading={organizations.isFetching}
      options={options}
    />
  );
}

/** A party member in the caller's scope, found by name or card number (admin and inspector only). */
export function MemberSelect({ current, ...props }: PickerProps) {
  const { t } = useI18n();
  const [search, setSearch] = useState('');
  const q = useSettled(search);
  const members = useMemberOptions(q, true);
  const options = useMemo(
    () =>
      withCurrent(
        (members.data?.items ?? []).map((m) => ({
          value: m.id,
          label: `${m.fullName} (${m.partyCardNumber})${m.organization?.name ? ` – ${m.organization.name}` : ''}`,
        })),
        current,
      ),
    [members.data, current],
  );
  return (
    <Select<number>
      {...props}
      allowClear
      showSearch={{ filterOption: false, onSearch: setSearch }}
      placeholder={t('inspection.field.search')}
      loading={members.isFetching}
      options={options}
    />
  );
}

/** A unit of the caller's subtree, from the tree under their own unit. */
export function UnitTreeSelect(props: Omit<PickerProps, 'current'>) {
  const me = useMe();
  const units = useUnitOptions(me.data?.unit?.id);
  const treeData = useMemo(() => (units.data ? [toUnitTreeData(units.data)] : []), [units.data]);
  return (
    <TreeSelect<number>
      {...props}
      treeData={treeData}
      treeDefaultExpandedKeys={units.data ? [units.data.id] : []}
      showSearch={{ filterTreeNode: unitTreeFilter }}
      treeNodeLabelProp="label"
      loading={units.isFetching}
    />
  );
}
