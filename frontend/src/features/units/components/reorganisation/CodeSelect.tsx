import { Select } from 'antd';
import { foldVietnamese } from '@/lib/text';

export interface CodeOption {
  code: string;
  name: string;
}

interface CodeSelectProps {
  options: readonly CodeOption[];
  value?: string | string[];
  onChange?: (value: string | string[] | undefined) => void;
  multiple?: boolean;
  placeholder?: string;
  'aria-label'?: string;
  id?: string;
  allowClear?: boolean;
}

/** Picks units by the code they hold (the plan names units by code), searching names with or without tone marks. */
export function CodeSelect({ options, multiple, onChange, ...rest }: CodeSelectProps) {
  return (
    <Select
      {...rest}
      mode={multiple ? 'multiple' : undefined}
      showSearch={{
        filterOption: (input, option) => foldVietnamese(String(option?.label ?? '')).includes(foldVietnamese(input)),
      }}
      style={{ width: '100%' }}
      onChange={(value) => onChange?.(value ?? undefined)}
      options={options.map((option) => ({ value: option.code, label: `${option.name} (${option.code})` }))}
    />
  );
}
