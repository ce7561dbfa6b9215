import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorCode, ErrorReason } from '@tribune/domain';
import { session } from '../auth/session';

/** Operations where UNAUTHENTICATED means "wrong credentials", not "session over". */
const ANONYMOUS_OPERATIONS = new Set(['Login']);

export interface ApolloClientOptions {
  /** Where requests go: the API through the web server's proxy by default; tests pass a MockLink. */
  terminatingLink?: ApolloLink;
}

export function createApolloClient({ terminatingLink = new HttpLink({ uri: '/graphql' }) }: ApolloClientOptions = {}) {
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

  return new ApolloClient({
    link: ApolloLink.from([expireOnUnauthenticated, auth, terminatingLink]),
    cache: new InMemoryCache(),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
}
