import { Select } from 'antd';

interface FilterSelectProps<T extends string> {
  label: string;
  value: T | undefined;
  onChange: (value: T | undefined) => void;
  values: readonly T[];
  labelOf: (value: T) => string;
  width?: number;
}

/** An optional filter on one of an enum's values; cleared, it filters nothing. */
export function FilterSelect<T extends string>({
  label,
  value,
  onChange,
  values,
  labelOf,
  width = 170,
}: FilterSelectProps<T>) {
  return (
    <Select<T>
      allowClear
      style={{ width }}
      placeholder={label}
      aria-label={label}
      value={value}
      onChange={(next) => onChange(next ?? undefined)}
      options={values.map((option) => ({ value: option, label: labelOf(option) }))}
    />
  );
}
