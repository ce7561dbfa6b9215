import type { ReactElement } from 'react';
import { render } from '@testing-library/react';
import { ApolloLink } from '@apollo/client';
import { Observable } from 'rxjs';
import { MemoryRouter, Route, Routes } from 'react-router';
import { AppProviders } from '../app/providers';
import { session } from '../auth/session';
import { createApolloClient } from '../graphql/client';
import { createI18n } from '../i18n';
import type { LiveSocket } from '../live/transport/socket';
import { FakeLiveSocket } from './fake-live-socket';

/**
 * Component tests of the procedure screens: the API as a function of the operation (so a test
 * changes what the server says between two reads), recording every operation sent.
 */
export function fakeApi(answer: (name: string, variables: Record<string, unknown>) => Record<string, unknown>) {
  const sent: Array<{ name: string; variables: Record<string, unknown> }> = [];
  const link = new ApolloLink(
    (operation) =>
      new Observable((observer) => {
        sent.push({ name: operation.operationName ?? '', variables: operation.variables });
        const data = answer(operation.operationName ?? '', operation.variables);
        // The sitting's speaking time, read beside the list: none unless the test says otherwise.
        if (operation.operationName === 'MeetingSpeakingStats' && !('speakingStats' in data)) {
          observer.next({ data: { speakingStats: { __typename: 'SpeakingStats', totalSeconds: 0, speeches: 0, byGender: [] } } });
        } else observer.next({ data });
        observer.complete();
      }),
  );
  return { link, sent };
}

export type FakeApi = ReturnType<typeof fakeApi>;

/**
 * One component with the app's providers, a signed-in session, the fake API and a fake live socket
 * (connected); `route` mounts it at a path pattern (`{ path, url }`) for screens that read their params.
 */
export function renderWithApi(ui: ReactElement, api: FakeApi, socket = new FakeLiveSocket(true), route?: { path: string; url: string }) {
  session.reset(`h.${btoa(JSON.stringify({ sub: 'u-test' }))}.s`);
  const client = createApolloClient({ terminatingLink: api.link });
  render(
    <AppProviders client={client} i18n={createI18n('fr')} createLiveSocket={() => socket as unknown as LiveSocket}>
      <MemoryRouter initialEntries={[route?.url ?? '/']}>
        {route ? (
          <Routes>
            <Route path={route.path} element={ui} />
          </Routes>
        ) : (
          ui
        )}
      </MemoryRouter>
    </AppProviders>,
  );
  return socket;
}
