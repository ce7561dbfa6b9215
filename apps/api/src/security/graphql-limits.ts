import type { ApolloServerPlugin } from '@apollo/server';
import {
  DocumentNode,
  getNullableType,
  GraphQLError,
  GraphQLFormattedError,
  GraphQLSchema,
  isListType,
  OperationDefinitionNode,
} from 'graphql';
import { getVariableValues } from 'graphql/execution/values';
import depthLimit from 'graphql-depth-limit';
import { ComplexityEstimator, ComplexityEstimatorArgs, fieldExtensionsEstimator, getComplexity } from 'graphql-query-complexity';
import { ErrorCode, ErrorReason } from '@tribune/domain';

/** Deeper than any screen needs (term > seats > mandate > deputy > memberships > group > ...). */
export const MAX_QUERY_DEPTH = 10;

/**
 * The most a query may cost: about how many fields it may resolve at worst (a list counts its
 * items, each alias counts). Above what the web's costliest screen asks (the meeting page, see
 * request-cost.integration-spec.ts, which estimates every document the web ships) with room
 * for a few more fields, and low enough that the costliest query it admits answers in well under
 * a second (scripts/bench.ts, "costliest accepted query").
 */
export const MAX_QUERY_COMPLEXITY = 20_000;

/**
 * How many items a list field without a page size argument or a declared size counts for
 * (a group's members, a meeting's attendance, a deputy's memberships: the assembly has 15 seats).
 */
export const DEFAULT_LIST_SIZE = 20;

/** Arguments that bound a page, on the field itself or inside its input object (`filter: { limit }`). */
const PAGE_SIZE_ARGUMENTS = ['limit', 'take', 'first'] as const;

/** The page size a field's arguments ask for, if any. */
export function requestedPageSize(args: Record<string, unknown>): number | undefined {
  const own = pageSizeIn(args);
  if (own !== undefined) return own;
  for (const value of Object.values(args)) {
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      const nested = pageSizeIn(value as Record<string, unknown>);
      if (nested !== undefined) return nested;
    }
  }
  return undefined;
}

function pageSizeIn(args: Record<string, unknown>): number | undefined {
  for (const name of PAGE_SIZE_ARGUMENTS) {
    const v = args[name];
    if (typeof v === 'number' && Number.isFinite(v)) return Math.max(0, v);
  }
  return undefined;
}

/** One for the field, plus its selection once per item it may return. */
const listCost = (size: number, childComplexity: number) => 1 + size * Math.max(childComplexity, 0);

/**
 * A list field's cost with its largest page (`maxItems`) when its arguments ask for none:
 * `@Query(() => [Meeting], { complexity: listOf(100) })`, `@ResolveField(() => [X], { complexity: listOf(15) })`.
 * A page asked for (`limit`, `take`, `first`) counts as asked, even above the maximum (it is
 * then refused anyway).
 */
export function listOf(maxItems: number) {
  const estimate = ({ args, childComplexity }: Pick<ComplexityEstimatorArgs, 'args' | 'childComplexity'>) =>
    listCost(requestedPageSize(args) ?? maxItems, childComplexity);
  // Read by the search for the costliest accepted query (costliest-queries.ts): no larger page is served.
  return Object.assign(estimate, { maxItems });
}

/**
 * Every field costs one plus its selection; a list field multiplies its selection by the page
 * asked for or DEFAULT_LIST_SIZE. Fields with a declared `complexity` are counted by it first.
 */
export const listSizeEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  // Answered from the type itself, no resolver and no statement: Apollo Client asks it in every
  // selection for its cache, so counting it would charge the web's screens twice their size.
  if (field.name === '__typename') return 0;
  if (!isListType(getNullableType(field.type))) return 1 + childComplexity;
  return listCost(requestedPageSize(args) ?? DEFAULT_LIST_SIZE, childComplexity);
};

/**
 * What a root field (so each alias of one) costs beyond its fields: it runs its own statements
 * (the bench measured a few milliseconds each), however small its selection.
 */
export const ROOT_FIELD_COST = 200;
const ROOT_TYPES = new Set(['Query', 'Mutation']);

const withRootCost =
  (estimator: ComplexityEstimator): ComplexityEstimator =>
  (o) => {
    const cost = estimator(o);
    return typeof cost === 'number' && ROOT_TYPES.has(o.type.name) && !o.field.name.startsWith('__') ? cost + ROOT_FIELD_COST : cost;
  };

export const ESTIMATORS: ComplexityEstimator[] = [withRootCost(fieldExtensionsEstimator()), withRootCost(listSizeEstimator)];

/**
 * The estimated cost of an operation with these variables, or undefined when the variables do
 * not fit their types (execution refuses the request then, before anything runs).
 */
export function estimateCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName?: string | null,
  variables?: Record<string, unknown> | null,
): number | undefined {
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === 'OperationDefinition' && (!operationName || d.name?.value === operationName),
  );
  if (!operation) return undefined;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {});
  if (coerced.errors?.length) return undefined;
  try {
    return getComplexity({
      schema,
      query: document,
      operationName: operationName ?? undefined,
      variables: variables ?? {},
      estimators: ESTIMATORS,
    });
  } catch {
    // Too many nodes to even count (the library's own ceiling): as good as over budget.
    return Number.POSITIVE_INFINITY;
  }
}

/** The refusal of an operation over budget: HTTP 400, nothing has run. */
export function tooExpensive(complexity: number, maximum: number): GraphQLError {
  return new GraphQLError(
    `This query is too expensive (${Number.isFinite(complexity) ? complexity : 'too many fields'} > ${maximum}); ask for fewer fields or smaller pages.`,
    {
      extensions: {
        code: ErrorCode.BAD_USER_INPUT,
        reason: ErrorReason.QUERY_TOO_EXPENSIVE,
        complexity: Number.isFinite(complexity) ? complexity : null,
        maximum,
        http: { status: 400 },
      },
    },
  );
}

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
            complexity = estimateCost(schema, document, request.operationName, request.variables);
            // Variables that do not fit their types: execution answers with BAD_USER_INPUT.
            if (complexity === undefined) return;
            // Small keys only: large variables (a hostile client's) are estimated every time, not stored.
            if (key.length <= 2048) {
              if (known.size >= ESTIMATES_PER_DOCUMENT) known.delete(known.keys().next().value!);
              known.set(key, complexity);
              estimates.set(document, known);
            }
          }
          if (complexity > maximum) throw tooExpensive(complexity, maximum);
        },
      };
    },
  };
}

/**
 * In production, errors do not spell out the schema: no "Did you mean ...?" suggestions of
 * fields, arguments, types or enum values (introspection is off there too), whether the error
 * came from validation or from the variables.
 */
export function withoutSuggestions(format: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const result = format(formatted, error);
    return /Did you mean/.test(result.message) ? { ...result, message: result.message.replace(/\s*Did you mean[^?]*\?/g, '') } : result;
  };
}
