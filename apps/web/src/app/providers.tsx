import { useEffect, useState, type ReactNode } from 'react';
import { ApolloProvider } from '@apollo/client/react';
import type { ApolloClient } from '@apollo/client';
import { DirectionProvider, MantineProvider, useDirection } from '@mantine/core';
import { I18nextProvider } from 'react-i18next';
import type { i18n as I18n } from 'i18next';
import { session } from '../auth/session';
import { createApolloClient } from '../graphql/client';
import { createI18n, directionOf } from '../i18n';
import { LiveConnectionProvider } from '../live/transport/LiveConnectionProvider';
import type { LiveSocket } from '../live/transport/socket';
import { cssVariablesResolver, theme } from './theme';

interface Props {
  children: ReactNode;
  client?: ApolloClient;
  i18n?: I18n;
  /** Tests: a fake live socket instead of a connection to the API. */
  createLiveSocket?: (token: string) => LiveSocket;
}

/** Mantine's direction (rtl for Arabic) follows the language; i18n/index.ts sets `<html dir>` itself. */
function DirectionFollowsLanguage({ i18n }: { i18n: I18n }) {
  const { setDirection } = useDirection();
  useEffect(() => {
    const follow = (lng: string) => setDirection(directionOf(lng));
    follow(i18n.language);
    i18n.on('languageChanged', follow);
    return () => i18n.off('languageChanged', follow);
  }, [i18n, setDirection]);
  return null;
}

/** Everything a screen needs around it: theme, language, API client, the live connection. Tests pass their own client and i18n. */
export function AppProviders({ children, client: givenClient, i18n: givenI18n, createLiveSocket }: Props) {
  const [client] = useState(() => givenClient ?? createApolloClient());
  const [i18n] = useState(() => givenI18n ?? createI18n());

  // When the session ends (logout or expiry), forget everything the previous user could read.
  useEffect(
    () =>
      session.subscribe(() => {
        if (!session.token()) void client.clearStore();
      }),
    [client],
  );

  return (
    <I18nextProvider i18n={i18n}>
      <DirectionProvider initialDirection={directionOf(i18n.language)} detectDirection={false}>
        <DirectionFollowsLanguage i18n={i18n} />
        <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
          <ApolloProvider client={client}>
            <LiveConnectionProvider createSocket={createLiveSocket}>{children}</LiveConnectionProvider>
          </ApolloProvider>
        </MantineProvider>
      </DirectionProvider>
    </I18nextProvider>
  );
}
