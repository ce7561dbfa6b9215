import { ModulesContainer } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { GraphQLSchema } from 'graphql';
import { IS_PUBLIC } from '../auth/decorators';
import { startTestApp, TestApp, codeOf } from '../../test/test-app';
import { operationFor, schemaOperations } from '../../test/graphql-operations';

/** Handlers open to anonymous callers, on purpose. Anything else marked @Public() fails below. */
// Logging in, and "forgot password" (a link by mail: same answer for any address, rate-limited;
// the link's single-use token is the proof).
const PUBLIC_OPERATIONS = ['login', 'requestPasswordReset', 'resetPassword'];
const PUBLIC_HANDLERS = [
  'UsersResolver.login',
  'UsersResolver.requestPasswordReset',
  'UsersResolver.resetPassword',
  'HealthController.health',
  // Calendar feeds: a secret token in the address.
  'CalendarController.feed',
  'CalendarController.oneMeeting',
  // One-click unsubscribe from a mail (List-Unsubscribe): a signed token names the person and the kind.
  'UnsubscribeController.ask',
  'UnsubscribeController.read',
  'UnsubscribeController.unsubscribe',
];

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
    for (const { kind, field } of schemaOperations(schema)) {
      const { query, variables } = operationFor(kind, field);
      const r = await t.gql(query, variables);
      if (codeOf(r) !== 'UNAUTHENTICATED') open.push(`${field.name}: ${codeOf(r)} ${r.errors?.[0]?.message ?? ''}`);
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
