import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorCode } from '@tribune/domain';
import { session } from '../auth/session';

/** Operations where UNAUTHENTICATED means "wrong credentials", not "session over". */
const ANONYMOUS_OPERATIONS = new Set(['Login']);

export function createApolloClient(uri = '/graphql') {
  const auth = new SetContextLink((prev) => {
    const token = session.token();
    return token ? { headers: { ...prev.headers, authorization: `Bearer ${token}` } } : {};
  });

  const expireOnUnauthenticated = new ErrorLink(({ error, operation }) => {
    if (ANONYMOUS_OPERATIONS.has(operation.operationName ?? '')) return;
    if (CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === ErrorCode.UNAUTHENTICATED)) {
      session.expire();
    }
  });

  return new ApolloClient({
    link: ApolloLink.from([expireOnUnauthenticated, auth, new HttpLink({ uri })]),
    cache: new InMemoryCache({
      typePolicies: {
        // Seats are identified by id; the current term is a single field on Query.
        Query: { fields: { currentTerm: { merge: true } } },
      },
    }),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
}
