import type { ReactElement } from 'react';
import { render } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { MockLink } from '@apollo/client/testing';
import { AppProviders } from '../app/providers';
import { AppRoutes } from '../app/routes';
import { session } from '../auth/session';
import { createApolloClient } from '../graphql/client';
import { createI18n, type Language } from '../i18n';
import type { LiveSocket } from '../live/transport/socket';
import { FakeLiveSocket } from './fake-live-socket';

interface Options {
  route?: string;
  mocks?: ReadonlyArray<MockLink.MockedResponse>;
  lang?: Language;
  token?: string | null;
  /** The live socket the app gets (by default one that never connects). */
  liveSocket?: FakeLiveSocket;
}

/** The whole app (real routes, links, i18n) on a memory router, answering from mocked API responses. */
export function renderApp({ route = '/', mocks = [], lang = 'fr', token = 'test-token', liveSocket = new FakeLiveSocket() }: Options = {}) {
  session.reset(token);
  const client = createApolloClient({ terminatingLink: new MockLink(mocks, { showWarnings: false }) });
  const i18n = createI18n(lang);
  const ui: ReactElement = (
    <AppProviders client={client} i18n={i18n} createLiveSocket={() => liveSocket as unknown as LiveSocket}>
      <MemoryRouter initialEntries={[route]}>
        <AppRoutes />
      </MemoryRouter>
    </AppProviders>
  );
  return { ...render(ui), client, i18n };
}

/** One component with the app's providers (theme, i18n, a client answering only `mocks`), no routes. */
export function renderWidget(
  ui: ReactElement,
  { lang = 'fr', mocks = [] }: { lang?: Language; mocks?: ReadonlyArray<MockLink.MockedResponse> } = {},
) {
  const client = createApolloClient({ terminatingLink: new MockLink(mocks, { showWarnings: false }) });
  const i18n = createI18n(lang);
  return render(
    <AppProviders client={client} i18n={i18n}>
      <MemoryRouter>{ui}</MemoryRouter>
    </AppProviders>,
  );
}
