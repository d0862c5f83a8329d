import { Segmented } from 'antd';
import { LANGUAGES, useI18n, type Language } from '@/lib/i18n';

/** VI | EN, in the staff header and on the public portal. */
export function LanguageSwitch() {
  const { language, setLanguage, t } = useI18n();
  return (
    <Segmented<Language>
      size="small"
      aria-label={t('header.language')}
      value={language}
      onChange={setLanguage}
      options={LANGUAGES.map((value) => ({ value, label: value.toUpperCase() }))}
    />
  );
}
