import { LANGUAGES, useI18n } from '@/lib/i18n';

/**
 * VI | EN, in the staff header and on the public portal: two plain buttons, the chosen one pressed
 * (no Ant Design component here: the portal's first page carries it, see scripts/check-portal-size.mjs).
 */
export function LanguageSwitch() {
  const { language, setLanguage, t } = useI18n();
  return (
    <div className="language-switch" role="group" aria-label={t('header.language')}>
      {LANGUAGES.map((value) => (
        <button
          key={value}
          type="button"
          lang={value}
          aria-pressed={value === language}
          onClick={() => setLanguage(value)}
        >
          {value.toUpperCase()}
        </button>
      ))}
    </div>
  );
}
