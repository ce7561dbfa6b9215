import { useEffect, useState, type ReactNode } from 'react';
import { ApolloProvider } from '@apollo/client/react';
import type { ApolloClient } from '@apollo/client';
import { MantineProvider } from '@mantine/core';
import { I18nextProvider } from 'react-i18next';
import type { i18n as I18n } from 'i18next';
import { session } from '../auth/session';
import { createApolloClient } from '../graphql/client';
import { createI18n } from '../i18n';
import { LiveConnectionProvider } from '../live/LiveConnectionProvider';
import type { LiveSocket } from '../live/socket';
import { cssVariablesResolver, theme } from './theme';

interface Props {
  children: ReactNode;
  client?: ApolloClient;
  i18n?: I18n;
  /** Tests: a fake live socket instead of a connection to the API. */
  createLiveSocket?: (token: string) => LiveSocket;
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
      <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
        <ApolloProvider client={client}>
          <LiveConnectionProvider createSocket={createLiveSocket}>{children}</LiveConnectionProvider>
        </ApolloProvider>
      </MantineProvider>
    </I18nextProvider>
  );
}
