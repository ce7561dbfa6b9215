import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorCode, ErrorReason } from '@tribune/domain';
import { session } from '../auth/session';
import { userIdOfToken } from '../live/transport/socket';
import { keepCacheOffline } from '../offline/persisted-cache';
import { idbAvailable } from '../offline/idb';

/** Operations where UNAUTHENTICATED means "wrong credentials", not "session over". */
const ANONYMOUS_OPERATIONS = new Set(['Login']);

export interface ApolloClientOptions {
  /** Where requests go: the API through the web server's proxy by default; tests pass a MockLink. */
  terminatingLink?: ApolloLink;
  /** Keep a copy of the cache in IndexedDB for offline reading (default: in the browser, not in tests). */
  persist?: boolean;
}

export function createApolloClient({
  terminatingLink = new HttpLink({ uri: '/graphql' }),
  persist = idbAvailable() && import.meta.env.MODE !== 'test',
}: ApolloClientOptions = {}) {
  const auth = new SetContextLink((prev) => {
    const token = session.token();
    return token ? { headers: { ...prev.headers, authorization: `Bearer ${token}` } } : {};
  });

  const expireOnUnauthenticated = new ErrorLink(({ error, operation }) => {
    if (ANONYMOUS_OPERATIONS.has(operation.operationName ?? '')) return;
    if (CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === ErrorCode.UNAUTHENTICATED)) {
      session.expire();
    }
    // The password must be replaced first (a reload, another tab): the app shows only that form.
    if (CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.reason === ErrorReason.TEMPORARY_PASSWORD)) {
      session.requirePasswordChange();
    }
  });

  const cache = new InMemoryCache();
  if (persist) keepCacheOffline(cache, () => userIdOfToken(session.token()));

  return new ApolloClient({
    link: ApolloLink.from([expireOnUnauthenticated, auth, terminatingLink]),
    cache,
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
}
