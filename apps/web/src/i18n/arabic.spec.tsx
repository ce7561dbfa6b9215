import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useDirection } from '@mantine/core';
import { createI18n } from './index';
import { LanguageSwitcher } from './LanguageSwitcher';
import { fr as frFirstLoad } from './locales/fr';
import { frReasons } from './locales/reasons.fr';
import { ar } from './locales/ar';
import { renderWidget } from '../test/render';

function DirectionProbe() {
  return <output data-testid="mantine-dir">{useDirection().dir}</output>;
}

/** French as a reader has it once its refusal sentences have arrived. */
const fr = { ...frFirstLoad, reasons: frReasons };

const keys = (messages: object, prefix = ''): string[] =>
  Object.entries(messages).flatMap(([k, v]) => (typeof v === 'object' && v !== null ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));

describe('Arabic', () => {
  it('is offered by the language switcher and turns the page right to left, and back', async () => {
    renderWidget(
      <>
        <LanguageSwitcher />
        <DirectionProbe />
      </>,
    );
    expect(document.documentElement.dir).toBe('ltr');
    await userEvent.click(screen.getByRole('radio', { name: 'العربية' }));

    expect(document.documentElement.lang).toBe('ar');
    expect(document.documentElement.dir).toBe('rtl');
    expect(screen.getByTestId('mantine-dir')).toHaveTextContent('rtl');
    expect(screen.getByRole('radiogroup', { name: 'اللغة' })).toBeInTheDocument();
    expect(localStorage.getItem('tribune.lang')).toBe('ar');

    await userEvent.click(screen.getByRole('radio', { name: 'English' }));
    expect(document.documentElement.dir).toBe('ltr');
    expect(screen.getByTestId('mantine-dir')).toHaveTextContent('ltr');
  });

  it('starts right to left when Arabic was chosen before', () => {
    localStorage.setItem('tribune.lang', 'ar');
    renderWidget(<DirectionProbe />, { lang: 'ar' });
    expect(document.documentElement.dir).toBe('rtl');
    expect(screen.getByTestId('mantine-dir')).toHaveTextContent('rtl');
  });

  it('translates every French key', () => {
    expect(keys(ar)).toEqual(keys(fr));
    const untranslated = keys(fr).filter((k) => {
      const value = (o: object) => k.split('.').reduce<unknown>((acc, part) => (acc as Record<string, unknown>)[part], o);
      // Same text is fine where there are no words to translate ("{{name}}: {{response}}") and for the name Tribune.
      const words = String(value(fr))
        .replace(/\{\{\w+\}\}/g, '')
        .replace(/[^\p{L}]/gu, '');
      return value(ar) === value(fr) && words !== '' && k !== 'app.name';
    });
    expect(untranslated).toEqual([]);
  });

  it('uses its own words for every plural form Arabic has, never French', () => {
    const i18n = createI18n('ar');
    for (const count of [0, 1, 2, 3, 11, 100]) {
      const text = i18n.t('term.seatsCount', { count });
      expect(text).not.toMatch(/siège/);
      expect(text).toMatch(/مقعد|المقاعد/);
    }
    expect(i18n.t('term.seatsCount', { count: 15 })).toBe('عدد المقاعد: 15');
  });
});
