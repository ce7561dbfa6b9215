import { describe, expect, it } from 'vitest';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import i18nextLib from 'i18next';
import { createI18n } from '../i18n';
import { ErrorReason } from '@tribune/domain';
import { fr } from '../i18n/locales/fr';
import { frReasons } from '../i18n/locales/reasons.fr';
import { en } from '../i18n/locales/en';
import { ar } from '../i18n/locales/ar';
import { errorMessage, reasonMessage } from './errors';

const refusal = (extensions: Record<string, unknown>, message = 'This meeting is ended; its agenda can no longer change.') =>
  new CombinedGraphQLErrors({ errors: [{ message, extensions }] });

describe('refusal reasons', () => {
  it.each([
    ['fr', { reasons: frReasons }],
    ['en', en],
    ['ar', ar],
  ] as const)('have a sentence in %s for every ErrorReason of packages/domain', (_lng, messages) => {
    const reasons = messages.reasons as Record<string, string>;
    const missing = Object.values(ErrorReason).filter((r) => typeof reasons[r] !== 'string' || !reasons[r].trim());
    expect(missing).toEqual([]);
  });

  it('name no reason that packages/domain does not list (a renamed reason leaves no stale sentence)', () => {
    const listed = new Set<string>(Object.values(ErrorReason));
    expect(Object.keys(frReasons).filter((r) => !listed.has(r))).toEqual([]);
  });

  it('use in each language the same params as in French (a sentence never shows a raw {{param}})', () => {
    const paramsOf = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    const differing = Object.entries(frReasons as Record<string, string>).flatMap(([r, s]) =>
      [en, ar].filter((m) => paramsOf((m.reasons as Record<string, string>)[r]).join() !== paramsOf(s).join()).map(() => r),
    );
    expect(differing).toEqual([]);
  });
});

describe('errorMessage', () => {
  const i18next = createI18n('fr');
  it('says the reason in the reader’s language, never the server’s sentence', async () => {
    await i18next.changeLanguage('fr');
    const text = errorMessage(
      refusal({ code: 'CONFLICT', reason: 'MEETING_ALREADY_ENDED', params: { meetingStatus: 'CANCELLED' } }),
      i18next.t,
    );
    expect(text).toBe('Cette réunion est annulée : ce n’est plus possible.');
    await i18next.changeLanguage('ar');
    expect(
      errorMessage(refusal({ code: 'CONFLICT', reason: 'MEETING_ALREADY_ENDED', params: { meetingStatus: 'ENDED' } }), i18next.t),
    ).not.toMatch(/[A-Za-z]/);
    await i18next.changeLanguage('fr');
  });

  it('formats dates of params in the reader’s language (days ...On, instants ...At on the given clock)', async () => {
    await i18next.changeLanguage('fr');
    const text = reasonMessage(
      ErrorReason.TERM_OUT_OF_RANGE,
      { term: '2026-2028', startsOn: '2026-01-05', endsOn: '2028-01-04' },
      i18next.t,
    );
    expect(text).toBe('Cette date sort de la mandature « 2026-2028 » (du 5 janvier 2026 au 4 janvier 2028).');
    const clash = reasonMessage(
      ErrorReason.SCHEDULING_CONFLICT,
      { deputy: 'Awa Diallo', meeting: 'Logement', startsAt: '2026-12-01T17:00:00Z', timeZone: 'Europe/Paris' },
      i18next.t,
    );
    expect(clash).toContain('18:00');
    expect(clash).toContain('décembre');
  });

  it('says a refusal by its code while the French reason sentences are still on their way (they load after the first render)', async () => {
    const early = i18nextLib.createInstance();
    await early.init({
      lng: 'fr',
      resources: { fr: { translation: { ...fr, reasons: {} } } },
      initAsync: false,
      interpolation: { escapeValue: false },
    });
    expect(errorMessage(refusal({ code: 'CONFLICT', reason: 'LAST_ADMINISTRATOR' }), early.t)).toBe(fr.errors.CONFLICT);
    expect(errorMessage(refusal({ code: 'CONFLICT', reason: 'LAST_ADMINISTRATOR' }), i18next.t)).toBe(frReasons.LAST_ADMINISTRATOR);
  });

  it('says a code without a reason in words, and bad input without the server’s sentence', async () => {
    await i18next.changeLanguage('en');
    expect(errorMessage(refusal({ code: 'BAD_USER_INPUT' }, 'title must be shorter than or equal to 200 characters'), i18next.t)).toBe(
      en.reasons.INVALID_INPUT,
    );
    expect(errorMessage(refusal({ code: 'FORBIDDEN' }, 'This needs the role ADMIN.'), i18next.t)).toBe(en.errors.FORBIDDEN);
    expect(errorMessage(refusal({ code: 'CONFLICT', reason: 'NO_SUCH_REASON' }, 'Something in English'), i18next.t)).toBe(
      en.errors.CONFLICT,
    );
    await i18next.changeLanguage('fr');
  });
});
