import type { ReactElement } from 'react';
import { render } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { MockLink } from '@apollo/client/testing';
import { AppProviders } from '../app/providers';
import { session } from '../auth/session';
import { createApolloClient } from '../graphql/client';
import { createI18n, type Language } from '../i18n';
import type { LiveSocket } from '../live/transport/socket';
import { FakeLiveSocket } from '../test/fake-live-socket';

/**
 * One component with the app's providers, mocked API answers and a fake live socket (connected at
 * once): without the route table, so no page is loaded that the test does not show.
 */
export function renderWithLive(
  ui: ReactElement,
  {
    lang = 'fr',
    mocks = [],
    socket = new FakeLiveSocket(true),
  }: { lang?: Language; mocks?: ReadonlyArray<MockLink.MockedResponse>; socket?: FakeLiveSocket } = {},
) {
  session.reset('test-token');
  const client = createApolloClient({ terminatingLink: new MockLink(mocks, { showWarnings: false }) });
  return render(
    <AppProviders client={client} i18n={createI18n(lang)} createLiveSocket={() => socket as unknown as LiveSocket}>
      <MemoryRouter>{ui}</MemoryRouter>
    </AppProviders>,
  );
}
