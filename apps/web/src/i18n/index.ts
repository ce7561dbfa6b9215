import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { fr } from './locales/fr';
import { en } from './locales/en';
import { ar } from './locales/ar';
import type { Messages } from './locales/fr';

export const LANGUAGES = [
  { code: 'fr', name: 'Français', dir: 'ltr' },
  { code: 'en', name: 'English', dir: 'ltr' },
  { code: 'ar', name: 'العربية', dir: 'rtl' },
] as const;
export type Language = (typeof LANGUAGES)[number]['code'];
export const DEFAULT_LANGUAGE: Language = 'fr';

const STORAGE_KEY = 'tribune.lang';

/**
 * Our messages carry French's plural forms (`_one`, `_other`); Arabic asks i18next for `_zero`,
 * `_two`, `_few` and `_many` too, which would otherwise fall back to French. Its `_other` texts
 * are worded for any number, so they stand in for the missing forms.
 */
function withAllPluralForms<T extends object>(messages: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(messages)) {
    if (typeof value === 'object' && value !== null) out[key] = withAllPluralForms(value);
    else out[key] = value;
    if (key.endsWith('_other')) {
      const base = key.slice(0, -'_other'.length);
      for (const form of ['zero', 'two', 'few', 'many']) {
        const k = `${base}_${form}`;
        if (!(k in messages)) out[k] = value;
      }
    }
  }
  return out as T;
}

export const resources = {
  fr: { translation: fr },
  en: { translation: en },
  ar: { translation: withAllPluralForms<Messages>(ar) },
} as const;

/** The writing direction of a language (Arabic: right to left). */
export function directionOf(lng: string): 'ltr' | 'rtl' {
  return LANGUAGES.find((l) => l.code === lng)?.dir ?? 'ltr';
}

export function isLanguage(value: unknown): value is Language {
  return LANGUAGES.some((l) => l.code === value);
}

function storedLanguage(): Language {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    return isLanguage(saved) ? saved : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE;
  }
}

/** Keeps `<html lang dir>` and the saved choice in step with the language in use. */
function reflect(lng: string) {
  if (typeof document !== 'undefined') {
    document.documentElement.lang = lng;
    document.documentElement.dir = directionOf(lng);
  }
  try {
    localStorage.setItem(STORAGE_KEY, lng);
  } catch {
    // Private browsing may refuse storage; the choice then lasts for this visit only.
  }
}

/** A ready i18next instance (resources are bundled, so it initialises synchronously). */
export function createI18n(lng: Language = storedLanguage()): I18n {
  const instance = i18next.createInstance();
  instance.use(initReactI18next).init({
    resources,
    lng,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: LANGUAGES.map((l) => l.code),
    initAsync: false,
    interpolation: { escapeValue: false }, // React escapes.
    returnNull: false,
  });
  reflect(instance.language);
  instance.on('languageChanged', reflect);
  return instance;
}
