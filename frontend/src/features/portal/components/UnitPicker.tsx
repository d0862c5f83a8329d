import { Select } from 'antd';
import { useState } from 'react';
import { useDebouncedValue } from '@/lib/useDebouncedValue';
import { useI18n } from '@/lib/i18n';
import { usePublicUnits, type PublicUnit } from '../api';

interface UnitPickerProps {
  id?: string;
  value?: number;
  onChange?: (value: number | undefined) => void;
}

function unitLabel(unit: PublicUnit) {
  return unit.parentName ? `${unit.name} — ${unit.parentName}` : unit.name;
}

/** The unit a feedback is about, found by typing part of its name (tone marks optional). */
export function UnitPicker({ id, value, onChange }: UnitPickerProps) {
  const { t } = useI18n();
  const [typed, setTyped] = useState('');
  const q = useDebouncedValue(typed.trim());
  const units = usePublicUnits(q);
  // Keep the chosen unit's label while another search runs.
  const [chosen, setChosen] = useState<PublicUnit | undefined>();
  const found = units.data?.items ?? [];
  const options = [...(chosen && !found.some((u) => u.id === chosen.id) ? [chosen] : []), ...found].map((unit) => ({
    value: unit.id,
    label: unitLabel(unit),
  }));
  return (
    <Select<number>
      id={id}
      showSearch={{ filterOption: false, onSearch: setTyped }}
      allowClear
      value={value}
      placeholder={t('portal.form.unitPlaceholder')}
      notFoundContent={
        q.length < 2 ? t('portal.form.unitTypeMore') : units.isFetching ? t('app.loading') : t('portal.form.unitNone')
      }
      loading={units.isFetching}
      options={options}
      onChange={(next) => {
        setChosen(found.find((unit) => unit.id === next));
        onChange?.(next);
      }}
      style={{ width: '100%' }}
    />
  );
}
