import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, GraphQLSchema } from 'graphql';
import depthLimit from 'graphql-depth-limit';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { ErrorCode } from '@tribune/domain';

/** Deeper than any screen needs (term > seats > mandate > deputy > memberships > group > ...). */
export const MAX_QUERY_DEPTH = 10;
/** One point per field; list fields count once (their size is bounded by `take`/`limit` arguments). */
export const MAX_QUERY_COMPLEXITY = 500;

export const depthLimitRule = depthLimit(MAX_QUERY_DEPTH);

/** Refuses operations whose estimated cost exceeds the budget, before anything runs. */
export function complexityLimitPlugin(maximum = MAX_QUERY_COMPLEXITY): ApolloServerPlugin {
  let schema: GraphQLSchema;
  return {
    async serverWillStart(service) {
      schema = service.schema;
    },
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          let complexity: number;
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
