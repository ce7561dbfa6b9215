import { ModulesContainer } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  getNamedType, GraphQLArgument, GraphQLField, GraphQLInputType, GraphQLSchema,
  isEnumType, isInputObjectType, isListType, isNonNullType, isObjectType, isScalarType, isAbstractType,
} from 'graphql';
import { IS_PUBLIC } from '../auth/decorators';
import { startTestApp, TestApp, codeOf } from '../../test/test-app';

/** Handlers open to anonymous callers, on purpose. Anything else marked @Public() fails below. */
const PUBLIC_OPERATIONS = ['login'];
const PUBLIC_HANDLERS = ['UsersResolver.login', 'HealthController.health', 'CalendarController.feed', 'CalendarController.oneMeeting'];

/** A well-typed dummy value, so the call reaches the guard rather than failing validation. */
function dummy(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return dummy(type.ofType);
  if (isListType(type)) return [dummy(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    const out: Record<string, unknown> = {};
    for (const f of Object.values(type.getFields())) if (isNonNullType(f.type)) out[f.name] = dummy(f.type);
    return out;
  }
  if (isScalarType(type)) {
    const byName: Record<string, unknown> = { Int: 1, Float: 1, Boolean: true, Date: '2026-01-01', DateTime: '2026-01-01T10:00:00Z', JSON: {} };
    return byName[type.name] ?? 'x';
  }
  return null;
}

function operationFor(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>) {
  const required = field.args.filter((a: GraphQLArgument) => isNonNullType(a.type));
  const vars = required.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const args = required.map((a) => `${a.name}: $${a.name}`).join(', ');
  const named = getNamedType(field.type);
  const selection = isObjectType(named) || isAbstractType(named) ? ' { __typename }' : '';
  const query = `${kind}${vars ? `(${vars})` : ''} { ${field.name}${args ? `(${args})` : ''}${selection} }`;
  const variables = Object.fromEntries(required.map((a) => [a.name, dummy(a.type)]));
  return { query, variables };
}

describe('the public surface', () => {
  let t: TestApp;
  let schema: GraphQLSchema;
  beforeAll(async () => {
    t = await startTestApp();
    schema = t.app.get(GraphQLSchemaHost).schema;
  });
  afterAll(() => t.close());

  // Generated from the schema: a new query or mutation is covered the day it is added.
  it('refuses every query and mutation to anonymous callers, except the public ones', async () => {
    const open: string[] = [];
    for (const [kind, type] of [['query', schema.getQueryType()], ['mutation', schema.getMutationType()]] as const) {
      for (const field of Object.values(type!.getFields())) {
        const { query, variables } = operationFor(kind, field);
        const r = await t.gql(query, variables);
        if (codeOf(r) !== 'UNAUTHENTICATED') open.push(`${field.name}: ${codeOf(r)} ${r.errors?.[0]?.message ?? ''}`);
      }
    }
    expect(open.map((o) => o.split(':')[0]).sort()).toEqual(PUBLIC_OPERATIONS);
  });

  it('marks only the intended handlers @Public()', () => {
    const marked: string[] = [];
    for (const module of t.app.get(ModulesContainer).values()) {
      for (const wrapper of [...module.providers.values(), ...module.controllers.values()]) {
        const instance = wrapper.instance as object | undefined;
        if (!instance || typeof instance !== 'object' || !wrapper.metatype) continue;
        const proto = Object.getPrototypeOf(instance);
        const classPublic = Reflect.getMetadata(IS_PUBLIC, instance.constructor);
        for (const name of Object.getOwnPropertyNames(proto)) {
          const method = Object.getOwnPropertyDescriptor(proto, name)?.value; // never call getters
          if (name === 'constructor' || typeof method !== 'function') continue;
          if (classPublic || Reflect.getMetadata(IS_PUBLIC, method)) marked.push(`${instance.constructor.name}.${name}`);
        }
      }
    }
    expect([...new Set(marked)].sort()).toEqual([...PUBLIC_HANDLERS].sort());
  });
});
