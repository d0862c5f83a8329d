import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { LanguagePack } from './types';
import type { MessageKey } from './vi';

export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

// Each language is a chunk of its own, loaded when first chosen: a visitor downloads only theirs.
const LOADERS: Record<Language, () => Promise<LanguagePack>> = {
  vi: () => import('./packs/vi').then((module) => module.pack),
  en: () => import('./packs/en').then((module) => module.pack),
};
const loaded: Partial<Record<Language, LanguagePack>> = {};

/** Loads a language (once); main.tsx waits for the visitor's before the first render. */
export async function loadLanguage(language: Language): Promise<LanguagePack> {
  const pack = loaded[language] ?? (await LOADERS[language]());
  loaded[language] = pack;
  return pack;
}

/** Makes a language available at once, without loading (the unit tests' setup). */
export function registerLanguage(language: Language, pack: LanguagePack) {
  loaded[language] = pack;
}

export const LANGUAGE_STORAGE_KEY = 'coso.language';

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

interface I18nValue {
  language: Language;
  setLanguage: (language: Language) => void;
  t: Translate;
  /** Ant Design's texts in the language on screen. */
  antdLocale: LanguagePack['antd'] | undefined;
}

const I18nContext = createContext<I18nValue | null>(null);

/** The language on screen now, for code outside React (the API client's Accept-Language). */
let current: Language | null = null;

export function currentLanguage(): Language {
  return current ?? storedLanguage();
}

export function storedLanguage(): Language {
  try {
    const saved = localStorage.getItem(LANGUAGE_STORAGE_KEY);
    return saved === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

/** A text in a language that has been loaded; the key itself if it has not (never on screen: see main.tsx). */
export function translate(language: Language, key: MessageKey, params?: Record<string, string | number>): string {
  const template = loaded[language]?.messages[key] ?? key;
  if (!params) {
    return template;
  }
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function I18nProvider({ children, initial }: { children: ReactNode; initial?: Language }) {
  const [language, setLanguageState] = useState<Language>(() => {
    current = initial ?? storedLanguage();
    return current;
  });

  const setLanguage = useCallback((next: Language) => {
    const apply = () => {
      current = next;
      setLanguageState(next);
      try {
        localStorage.setItem(LANGUAGE_STORAGE_KEY, next);
      } catch {
        // Private mode without storage: the choice lasts for this visit only.
      }
      document.documentElement.lang = next;
    };
    if (loaded[next]) {
      apply();
    } else {
      // The screen stays in the old language for the moment the other one takes to arrive.
      void loadLanguage(next).then(apply);
    }
  }, []);

  const value = useMemo<I18nValue>(
    () => ({
      language,
      setLanguage,
      t: (key, params) => translate(language, key, params),
      antdLocale: loaded[language]?.antd,
    }),
    [language, setLanguage],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) {
    throw new Error('useI18n outside I18nProvider');
  }
  return value;
}
