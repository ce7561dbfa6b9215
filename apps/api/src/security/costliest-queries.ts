import {
  getNamedType,
  GraphQLField,
  GraphQLObjectType,
  GraphQLSchema,
  isInputObjectType,
  isLeafType,
  isNonNullType,
  isObjectType,
  parse,
  validate,
} from 'graphql';
import { depthLimitRule, ESTIMATORS, estimateCost, MAX_QUERY_COMPLEXITY, MAX_QUERY_DEPTH } from './graphql-limits';

/** A query the cost and depth limits admit, as costly as they allow: one nested chain of fields, repeated under aliases. */
export interface CostlyQuery {
  /** The chain, e.g. `meetings(limit: 11).attendance.deputy.memberships.group.members.deputy`. */
  shape: string;
  query: string;
  /** Its estimate (at most the budget). */
  cost: number;
  aliases: number;
}

const PAGE_SIZE = /^(limit|take|first)$/;
/** Copies of one chain tried at most (each alias of a cheap field costs a couple of points). */
const MAX_ALIASES = 500;

/** What one field costs once, its selection costing `child` (the estimators the server uses, without arguments). */
function fieldCost(type: GraphQLObjectType, field: GraphQLField<unknown, unknown>, child: number): number {
  for (const estimator of ESTIMATORS) {
    const cost = estimator({ type, field, args: {}, childComplexity: child, node: undefined as never });
    if (typeof cost === 'number' && !Number.isNaN(cost)) return cost;
  }
  return 1 + child;
}

/** Fields a client can ask without knowing any id. */
const askable = (field: GraphQLField<unknown, unknown>) => !field.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined);

interface Chain {
  cost: number;
  /** The selection of one item, e.g. `attendance { deputy { fullName } }`. */
  selection: string;
  path: string[];
}

/**
 * The costliest chain below an object of `type`, `levels` fields deep at most: at each level the
 * field whose cost (its own, times its list size, with the best chain below) is the highest.
 */
function costliestChain(type: GraphQLObjectType, levels: number, memo: Map<string, Chain>): Chain {
  const key = `${type.name}:${levels}`;
  const known = memo.get(key);
  if (known) return known;
  let best: Chain = { cost: 1, selection: '__typename', path: ['__typename'] };
  for (const field of Object.values(type.getFields())) {
    if (!askable(field)) continue;
    const named = getNamedType(field.type);
    let chain: Chain;
    if (isLeafType(named)) chain = { cost: fieldCost(type, field, 0), selection: field.name, path: [field.name] };
    else if (isObjectType(named) && levels > 1) {
      const below = costliestChain(named, levels - 1, memo);
      chain = {
        cost: fieldCost(type, field, below.cost),
        selection: `${field.name} { ${below.selection} }`,
        path: [field.name, ...below.path],
      };
    } else continue;
    if (chain.cost > best.cost) best = chain;
  }
  memo.set(key, best);
  return best;
}

/** The page-size argument of a root field: `limit` itself, or inside an input object (`filter: { limit }`). */
function pageArgument(field: GraphQLField<unknown, unknown>): ((n: number) => string) | undefined {
  for (const arg of field.args) {
    if (PAGE_SIZE.test(arg.name)) return (n) => `${arg.name}: ${n}`;
    const named = getNamedType(arg.type);
    if (isInputObjectType(named)) {
      const inner = Object.values(named.getFields()).find((f) => PAGE_SIZE.test(f.name));
      if (inner) return (n) => `${arg.name}: { ${inner.name}: ${n} }`;
    }
  }
  return undefined;
}

/**
 * A search over the schema for the costliest queries the limits admit: for every root field asked
 * without ids and every depth, the costliest chain of nested fields (lists multiplying), its page
 * made as large as the budget allows, repeated under as many aliases as fit. Costliest first.
 */
export function costliestAcceptedQueries(schema: GraphQLSchema, budget = MAX_QUERY_COMPLEXITY, maxDepth = MAX_QUERY_DEPTH): CostlyQuery[] {
  const root = schema.getQueryType()!;
  const memo = new Map<string, Chain>();
  const found = new Map<string, CostlyQuery>();
  const admitted = (query: string) => {
    const document = parse(query);
    if (validate(schema, document, [depthLimitRule]).length > 0) return undefined;
    const cost = estimateCost(schema, document);
    return cost !== undefined && cost <= budget ? cost : undefined;
  };
  for (const field of Object.values(root.getFields())) {
    const named = getNamedType(field.type);
    if (!askable(field) || !isObjectType(named)) continue;
    const page = pageArgument(field);
    let previous = '';
    for (let levels = 1; levels <= maxDepth; levels++) {
      const below = costliestChain(named, levels, memo);
      if (below.selection === previous) continue;
      previous = below.selection;
      const call = (n?: number) => `${field.name}${n !== undefined && page ? `(${page(n)})` : ''} { ${below.selection} }`;
      // The largest page whose one copy fits (a field without page argument: as it is).
      let size: number | undefined;
      if (page) {
        let low = 0;
        // No larger page than the field serves (a larger one is refused by its input validation).
        let high = (field.extensions?.complexity as { maxItems?: number } | undefined)?.maxItems ?? 100;
        while (low < high) {
          const mid = Math.ceil((low + high) / 2);
          if (admitted(`{ ${call(mid)} }`) !== undefined) low = mid;
          else high = mid - 1;
        }
        if (low === 0) continue;
        size = low;
      } else if (admitted(`{ ${call()} }`) === undefined) continue;
      const one = admitted(`{ ${call(size)} }`)!;
      const aliased = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${call(size)}`).join(' ')} }`;
      // As many copies as fit: each alias adds its cost; searched only if the estimator gives up first.
      let low = 1;
      let high = Math.min(MAX_ALIASES, Math.max(1, Math.floor(budget / one)));
      if (admitted(aliased(high)) !== undefined) low = high;
      while (low < high) {
        const mid = Math.ceil((low + high) / 2);
        if (admitted(aliased(mid)) !== undefined) low = mid;
        else high = mid - 1;
      }
      const aliases = low;
      const cost = admitted(aliased(aliases));
      if (cost === undefined) continue;
      const shape = `${field.name}${size !== undefined ? `(${size})` : ''}.${below.path.join('.')}`;
      if (!found.has(shape)) found.set(shape, { shape, query: aliased(aliases), cost, aliases });
    }
  }
  return [...found.values()].sort((a, b) => b.cost - a.cost || b.shape.split('.').length - a.shape.split('.').length);
}
