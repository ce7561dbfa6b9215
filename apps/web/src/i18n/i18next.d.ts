import 'i18next';
import type { fr } from './locales/fr';

// Typed keys: t('term.seat') is checked against the French messages.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof fr };
  }
}
