import type { ApolloServerPlugin } from '@apollo/server';
import { DocumentNode, GraphQLError, GraphQLSchema } from 'graphql';
import depthLimit from 'graphql-depth-limit';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { ErrorCode } from '@tribune/domain';

/** Deeper than any screen needs (term > seats > mandate > deputy > memberships > group > ...). */
export const MAX_QUERY_DEPTH = 10;
/** One point per field; list fields count once (their size is bounded by `take`/`limit` arguments). */
export const MAX_QUERY_COMPLEXITY = 500;

export const depthLimitRule = depthLimit(MAX_QUERY_DEPTH);

/** Cost estimates kept per parsed document (Apollo reuses the same document for the same query text). */
const ESTIMATES_PER_DOCUMENT = 32;

/** Refuses operations whose estimated cost exceeds the budget, before anything runs. */
export function complexityLimitPlugin(maximum = MAX_QUERY_COMPLEXITY): ApolloServerPlugin {
  let schema: GraphQLSchema;
  // The estimate depends on the document, the operation and the variables only: the same query
  // sent again (every screen's, all day long) is not walked again.
  const estimates = new WeakMap<DocumentNode, Map<string, number>>();
  return {
    async serverWillStart(service) {
      schema = service.schema;
    },
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const known = estimates.get(document) ?? new Map<string, number>();
          const key = `${request.operationName ?? ''}\u0000${JSON.stringify(request.variables ?? {})}`;
          let complexity = known.get(key);
          if (complexity === undefined) {
            try {
              complexity = getComplexity({
                schema,
                query: document,
                operationName: request.operationName ?? undefined,
                variables: request.variables ?? {},
                estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
              });
            } catch {
              // Variables that do not fit their types: execution answers with BAD_USER_INPUT.
              return;
            }
            // Small keys only: large variables (a hostile client's) are estimated every time, not stored.
            if (key.length <= 2048) {
              if (known.size >= ESTIMATES_PER_DOCUMENT) known.delete(known.keys().next().value!);
              known.set(key, complexity);
              estimates.set(document, known);
            }
          }
          if (complexity > maximum) {
            throw new GraphQLError(`This query is too expensive (${complexity} > ${maximum}); ask for fewer fields.`, {
              extensions: { code: ErrorCode.BAD_USER_INPUT, complexity, maximum },
            });
          }
        },
      };
    },
  };
}
