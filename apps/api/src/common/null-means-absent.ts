import {
  defaultFieldResolver,
  GraphQLArgument,
  GraphQLInputField,
  GraphQLInputType,
  GraphQLSchema,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
} from 'graphql';

/**
 * In a read, a null argument or filter field means "not given": its default applies, or it is
 * left out, so resolvers and services never see it. The web sent `auditLog(filter: { action:
 * null })` and Prisma read it as `action IS NULL` (an error on a required column, an empty list
 * on an optional one). One rule for every query and every field below a selection, applied here
 * once rather than field by field; a test sends null for every nullable argument of every query
 * (security/null-filters.integration-spec.ts).
 *
 * Root mutation fields keep their nulls: there null clears a value (rescheduleMeeting's place).
 */
export function nullMeansAbsentInReads(schema: GraphQLSchema): GraphQLSchema {
  const mutation = schema.getMutationType();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type === mutation || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (!field.args.some((a) => mayHoldNull(a.type))) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      const defs = field.args;
      field.resolve = (source, args, context, info) => resolve(source, withoutNulls(defs, args), context, info);
    }
  }
  return schema;
}

function mayHoldNull(type: GraphQLInputType, seen = new Set<GraphQLInputType>()): boolean {
  if (!isNonNullType(type)) return true;
  const inner = type.ofType;
  if (seen.has(inner)) return false;
  seen.add(inner);
  if (isListType(inner)) return mayHoldNull(inner.ofType, seen);
  if (isInputObjectType(inner)) return Object.values(inner.getFields()).some((f) => mayHoldNull(f.type, seen));
  return false;
}

function withoutNulls(defs: ReadonlyArray<GraphQLArgument | GraphQLInputField>, values: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const def of defs) {
    if (!(def.name in values)) continue;
    const value = values[def.name];
    if (value === null) {
      if (def.defaultValue !== undefined) out[def.name] = def.defaultValue;
    } else {
      out[def.name] = clean(def.type, value);
    }
  }
  return out;
}

function clean(type: GraphQLInputType, value: unknown): unknown {
  if (value === null || value === undefined) return value;
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) return Array.isArray(value) ? value.filter((v) => v !== null).map((v) => clean(inner.ofType, v)) : value;
  if (isInputObjectType(inner)) return withoutNulls(Object.values(inner.getFields()), value as Record<string, unknown>);
  return value;
}
