import { SegmentedControl, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, isLanguage, switchLanguage } from './index';

/** FR / EN: a radio group (each option carries its language's own name for screen readers). */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('app.language')}
      value={i18n.resolvedLanguage ?? i18n.language}
      onChange={(lng) => {
        // Offline with a language not fetched yet: the choice stays as it was.
        if (isLanguage(lng)) void switchLanguage(i18n, lng).catch(() => undefined);
      }}
      data={LANGUAGES.map((l) => ({
        value: l.code,
        label: (
          <>
            <span aria-hidden="true">{l.code.toUpperCase()}</span>
            <VisuallyHidden lang={l.code}>{l.name}</VisuallyHidden>
          </>
        ),
      }))}
    />
  );
}
