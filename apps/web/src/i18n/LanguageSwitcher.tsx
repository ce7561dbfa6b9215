import { useEffect, useRef } from 'react';
import { SegmentedControl } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/session';
import { LANGUAGES, isLanguage, switchLanguage } from './index';
import { MyLocaleQuery, SetMyLocaleMutation } from './operations';
import './language-switcher.css';

/**
 * The languages, each named in its own script (Français, English, العربية; codes on a phone, the
 * names still read by screen readers), as a radio group. Signed
 * in, the web opens in the account's language and a choice made here is saved to the account
 * (mails and the calendar feed follow it); before login it follows the browser's language.
 */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const { token } = useSession();
  // The account's language applies when someone signs in here (a login, a reset link), once per
  // account; a page reloaded while signed in keeps this browser's choice, which was saved too.
  const signedInHere = useRef(!token);
  if (!token) signedInHere.current = true;
  const { data } = useQuery(MyLocaleQuery, { skip: !token || !signedInHere.current });
  const [saveLocale] = useMutation(SetMyLocaleMutation);
  const applied = useRef<string | null>(null);
  const me = token && signedInHere.current ? data?.me : undefined;
  useEffect(() => {
    if (!me || applied.current === me.id) return;
    applied.current = me.id;
    if (isLanguage(me.locale) && me.locale !== i18n.language) void switchLanguage(i18n, me.locale).catch(() => undefined);
  }, [me, i18n]);

  return (
    <SegmentedControl
      size="xs"
      aria-label={t('app.language')}
      value={i18n.resolvedLanguage ?? i18n.language}
      onChange={(lng) => {
        if (!isLanguage(lng)) return;
        // Offline with a language not fetched yet: the choice stays as it was.
        void switchLanguage(i18n, lng).catch(() => undefined);
        if (token) void saveLocale({ variables: { input: { locale: lng } } }).catch(() => undefined);
      }}
      data={LANGUAGES.map((l) => ({
        value: l.code,
        label: (
          <>
            <span aria-hidden="true" className="language-code">
              {l.code.toUpperCase()}
            </span>
            <span lang={l.code} dir={l.dir} className="language-name">
              {l.name}
            </span>
          </>
        ),
      }))}
    />
  );
}
