export {
  I18nProvider,
  LANGUAGES,
  LANGUAGE_STORAGE_KEY,
  currentLanguage,
  loadLanguage,
  registerLanguage,
  storedLanguage,
  translate,
  useI18n,
  type Language,
  type Translate,
} from './I18nContext';
export type { LanguagePack } from './types';
export type { MessageKey, Messages } from './vi';
