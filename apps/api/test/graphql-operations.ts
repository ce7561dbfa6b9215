import {
  getNamedType,
  GraphQLField,
  GraphQLInputType,
  GraphQLSchema,
  isAbstractType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from 'graphql';

export type OperationKind = 'query' | 'mutation';

/** Every query and mutation field of a schema, as `{ kind, field }`. */
export function schemaOperations(schema: GraphQLSchema): { kind: OperationKind; field: GraphQLField<unknown, unknown> }[] {
  const out: { kind: OperationKind; field: GraphQLField<unknown, unknown> }[] = [];
  for (const [kind, type] of [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ] as const) {
    for (const field of Object.values(type?.getFields() ?? {})) out.push({ kind, field });
  }
  return out;
}

/** A well-typed dummy value, so the call reaches the guard rather than failing validation. */
export function dummyValue(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return dummyValue(type.ofType);
  if (isListType(type)) return [dummyValue(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    const out: Record<string, unknown> = {};
    for (const f of Object.values(type.getFields())) if (isNonNullType(f.type)) out[f.name] = dummyValue(f.type);
    return out;
  }
  if (isScalarType(type)) {
    const byName: Record<string, unknown> = {
      Int: 1,
      Float: 1,
      Boolean: true,
      Date: '2026-01-01',
      DateTime: '2026-01-01T10:00:00Z',
      JSON: {},
    };
    return byName[type.name] ?? 'x';
  }
  return null;
}

/**
 * The document calling one field with its arguments as variables: the required ones (dummy
 * values unless given) and the optional ones present in `given`. Selects `__typename` only.
 */
export function operationFor(kind: OperationKind, field: GraphQLField<unknown, unknown>, given?: Record<string, unknown>) {
  const args = field.args.filter((a) => isNonNullType(a.type) || (given && a.name in given));
  const vars = args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const call = args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const named = getNamedType(field.type);
  const selection = isObjectType(named) || isAbstractType(named) ? ' { __typename }' : '';
  const query = `${kind}${vars ? `(${vars})` : ''} { ${field.name}${call ? `(${call})` : ''}${selection} }`;
  const variables = Object.fromEntries(args.map((a) => [a.name, given && a.name in given ? given[a.name] : dummyValue(a.type)]));
  return { query, variables };
}
