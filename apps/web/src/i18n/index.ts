import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { fr } from './locales/fr';
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

/**
 * The messages in hand. French (the default) is in the first download; English and Arabic are
 * fetched when chosen (together ~25 kB gzipped that most first visits do not need). Tests
 * register them up front (test/setup.ts).
 */
const known: Partial<Record<Language, Messages>> = { fr };
const loaders: Record<Exclude<Language, 'fr'>, () => Promise<Messages>> = {
  en: () => import('./locales/en').then((m) => m.en),
  ar: () => import('./locales/ar').then((m) => m.ar),
};

function prepared(lng: Language, messages: Messages): Messages {
  return lng === 'ar' ? withAllPluralForms(messages) : messages;
}

/**
 * French refusal sentences (reasons.fr.ts), fetched once after the first render: only a refusal
 * needs them, so they stay out of the first download. Until they arrive a refusal is said by its
 * code (errorMessage falls back); tests register them up front.
 */
let frenchReasons: Promise<Messages['reasons']> | undefined;
function loadFrenchReasons(instance: I18n): void {
  if (Object.keys(known.fr?.reasons ?? {}).length > 0) return;
  frenchReasons ??= import('./locales/reasons.fr').then((m) => m.frReasons);
  void frenchReasons
    .then((reasons) => {
      known.fr = { ...fr, reasons };
      instance.addResourceBundle('fr', 'translation', { reasons }, true, true);
    })
    .catch(() => undefined);
}

/** Messages given in advance (tests), so every language is there synchronously. */
export function registerMessages(messages: Partial<Record<Language, Messages>>): void {
  for (const [lng, m] of Object.entries(messages) as Array<[Language, Messages]>) known[lng] = prepared(lng, m);
}

/** Fetches a language's messages once (before the first render, or when the person picks it). */
export async function preloadLanguage(lng: Language = storedLanguage()): Promise<void> {
  if (known[lng]) return;
  known[lng] = prepared(lng, await loaders[lng as Exclude<Language, 'fr'>]());
}

/** Switches an instance to a language, fetching its messages first if needed. */
export async function switchLanguage(instance: I18n, lng: Language): Promise<void> {
  await preloadLanguage(lng);
  if (!instance.hasResourceBundle(lng, 'translation')) instance.addResourceBundle(lng, 'translation', known[lng], true, true);
  await instance.changeLanguage(lng);
}

/** The writing direction of a language (Arabic: right to left). */
export function directionOf(lng: string): 'ltr' | 'rtl' {
  return LANGUAGES.find((l) => l.code === lng)?.dir ?? 'ltr';
}

export function isLanguage(value: unknown): value is Language {
  return LANGUAGES.some((l) => l.code === value);
}

/** The first of the browser's languages we offer (`ar-MA` reads as Arabic), or French. */
export function browserLanguage(
  languages: readonly string[] = typeof navigator === 'undefined' ? [] : (navigator.languages ?? []),
): Language {
  for (const tag of languages) {
    const code = tag.toLowerCase().split('-')[0];
    if (isLanguage(code)) return code;
  }
  return DEFAULT_LANGUAGE;
}

/** The language chosen on this browser before, else the browser's own (the account's applies after login). */
function storedLanguage(): Language {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    return isLanguage(saved) ? saved : browserLanguage();
  } catch {
    return browserLanguage();
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

/**
 * A ready i18next instance with the messages in hand (it initialises synchronously). A language
 * not fetched yet shows French until switchLanguage brings it; main.tsx preloads the saved one.
 */
export function createI18n(lng: Language = storedLanguage()): I18n {
  const instance = i18next.createInstance();
  const resources = Object.fromEntries(Object.entries(known).map(([code, messages]) => [code, { translation: messages }]));
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
  if (!known[lng]) void switchLanguage(instance, lng).catch(() => undefined);
  loadFrenchReasons(instance);
  return instance;
}
