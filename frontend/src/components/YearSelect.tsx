import { Select } from 'antd';
import { useI18n } from '@/lib/i18n';

const YEARS_BACK = 6;

interface YearSelectProps {
  value: number | undefined;
  onChange: (year: number | undefined) => void;
  /** The newest year offered is the one after it, for plans. */
  currentYear?: number;
  /** Offers "all years" as well. */
  allowAll?: boolean;
}

/** The calendar year a register or a figure is filtered by. */
export function YearSelect({
  value,
  onChange,
  currentYear = new Date().getFullYear(),
  allowAll = false,
}: YearSelectProps) {
  const { t } = useI18n();
  const years = Array.from({ length: YEARS_BACK + 1 }, (_, index) => currentYear + 1 - index);
  return (
    <Select<number>
      style={{ width: 140 }}
      aria-label={t('common.year')}
      placeholder={`${t('common.year')}: ${t('common.all')}`}
      allowClear={allowAll}
      value={value}
      onChange={(year) => onChange(year ?? undefined)}
      options={years.map((year) => ({ value: year, label: `${t('common.year')} ${year}` }))}
    />
  );
}
