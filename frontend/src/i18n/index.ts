import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import zhCN from './zh-CN';

export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'zh-CN';
export const LANGUAGE_STORAGE_KEY = 'fumin.language';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The language chosen on an earlier visit, else the default. */
export function storedLanguage(): Language {
  try {
    const value = globalThis.localStorage.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(value) ? value : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE;
  }
}

/** The UI language, as sent in Accept-Language and set on <html lang>. */
export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE;
}

i18n.on('languageChanged', (lng) => {
  if (!isLanguage(lng)) return;
  document.documentElement.lang = lng;
  try {
    globalThis.localStorage.setItem(LANGUAGE_STORAGE_KEY, lng);
  } catch {
    // Private mode or storage disabled: the choice just does not survive a reload.
  }
});

let english: Promise<void> | undefined;

/**
 * Fetches a language's texts the first time it is used: Chinese, the default, comes with the
 * first screen; English is its own chunk, fetched once someone chooses it. Texts a page added for
 * English before then (addResourceBundle) are kept: the fetched ones are merged in beside them.
 */
export function loadLanguage(lng: string | undefined): Promise<void> {
  if (lng !== 'en') return Promise.resolve();
  english ??= import('./en').then(
    ({ default: en }) => {
      i18n.addResourceBundle('en', 'translation', en, true, false);
    },
    (error: unknown) => {
      english = undefined; // a failed fetch is tried again on the next switch
      throw error;
    },
  );
  return english;
}

// Every switch, also a direct i18n.changeLanguage('en'), waits until that language's texts are in.
const switchLanguage = i18n.changeLanguage.bind(i18n);
i18n.changeLanguage = async (lng, callback) => {
  await loadLanguage(lng);
  return switchLanguage(lng, callback);
};

void i18n.use(initReactI18next).init({
  // A copy: pages merge their texts into the store later, and zh-CN.ts must stay as written.
  resources: { 'zh-CN': { translation: structuredClone(zhCN) } },
  lng: storedLanguage(),
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: [...LANGUAGES],
  interpolation: { escapeValue: false },
  load: 'currentOnly',
  initAsync: false,
});
document.documentElement.lang = currentLanguage();

/** Resolves once the language the page starts in has its texts (render after it). */
export const languageReady: Promise<void> = loadLanguage(i18n.language);

export default i18n;
