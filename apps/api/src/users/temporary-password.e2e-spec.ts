import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  getNamedType,
  getNullableType,
  GraphQLField,
  GraphQLInputType,
  GraphQLList,
  GraphQLSchema,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
} from 'graphql';
import { aLiveChannel, signedIn } from '../../test/factories';
import { codeOf, GqlResult, startTestApp, TestApp } from '../../test/test-app';
import { connectLive, request } from '../../test/live-client';

const LOGIN = `mutation($email: String!, $password: String!) { login(input: { email: $email, password: $password }) { token user { id mustChangePassword } } }`;
const RESET = `mutation($i: ResetUserPasswordInput!) { resetUserPassword(input: $i) { password } }`;
const CHANGE = `mutation($i: ChangePasswordInput!) { changePassword(input: $i) { token user { id mustChangePassword } } }`;
const ME = `{ me { id displayName mustChangePassword } }`;

/**
 * What an account with a temporary password may still do: choose its own password and its language
 * (the page that asks for the password has the language switcher), and what needs no account at all
 * (logging in, a reset link by mail, using that link).
 */
const ALLOWED = new Set([
  'Query.me',
  'Mutation.changePassword',
  'Mutation.setMyLocale',
  'Mutation.login',
  'Mutation.requestPasswordReset',
  'Mutation.resetPassword',
]);

/** A value of the input type that passes GraphQL's own validation (the guard runs before the application's). */
function sample(type: GraphQLInputType): unknown {
  if (isListType(getNullableType(type))) return [sample((getNullableType(type) as GraphQLList<GraphQLInputType>).ofType)];
  const named = getNamedType(type);
  if (isEnumType(named)) return named.getValues()[0].value;
  if (isInputObjectType(named))
    return Object.fromEntries(
      Object.values(named.getFields())
        .filter((f) => isNonNullType(f.type))
        .map((f) => [f.name, sample(f.type)]),
    );
  if (named.name === 'Int' || named.name === 'Float') return 1;
  if (named.name === 'Boolean') return false;
  if (named.name === 'DateTime') return '2030-01-01T10:00:00Z';
  if (named.name === 'Date') return '2030-01-01';
  if (named.name === 'ID') return '00000000-0000-4000-8000-000000000000';
  return 'x';
}

/** One operation calling the root field with every required argument. */
function callOf(operation: 'query' | 'mutation', field: GraphQLField<unknown, unknown>) {
  const required = field.args.filter((a) => isNonNullType(a.type));
  const declared = required.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const passed = required.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection = isCompositeType(getNamedType(field.type)) ? ' { __typename }' : '';
  return {
    query: `${operation}${declared ? `(${declared})` : ''} { ${field.name}${passed ? `(${passed})` : ''}${selection} }`,
    variables: Object.fromEntries(required.map((a) => [a.name, sample(a.type)])),
  };
}

describe('a temporary password set by an administrator', () => {
  let t: TestApp;
  let schema: GraphQLSchema;
  beforeAll(async () => {
    t = await startTestApp();
    schema = t.app.get(GraphQLSchemaHost).schema;
  });
  afterAll(() => t.close());

  /** A deputy whose password an administrator has just reset, logged in with the temporary one. */
  async function aResetDeputy() {
    const admin = await signedIn(t, 'ADMIN');
    const c = await aLiveChannel(t, { members: 1 });
    const [deputy] = c.members;
    const reset = await t.gql(RESET, { i: { userId: deputy.user.id } }, admin.token);
    const password = reset.data!.resetUserPassword.password as string;
    const login = await t.gql(LOGIN, { email: deputy.user.email, password });
    expect(login.errors).toBeUndefined();
    return { ...deputy, c, password, token: login.data!.login.token as string, login: login.data!.login };
  }

  it('still logs in, and says so in the answer and in `me`', async () => {
    const d = await aResetDeputy();
    expect(d.login.user).toEqual({ id: d.user.id, mustChangePassword: true });
    const me = await t.gql(ME, {}, d.token);
    expect(me.errors).toBeUndefined();
    expect(me.data!.me).toMatchObject({ id: d.user.id, mustChangePassword: true });
  });

  it('refuses every other query and mutation of the schema with FORBIDDEN and reason TEMPORARY_PASSWORD', async () => {
    const d = await aResetDeputy();
    const roots = [
      ...Object.values(schema.getQueryType()!.getFields()).map((f) => ['query', 'Query', f] as const),
      ...Object.values(schema.getMutationType()!.getFields()).map((f) => ['mutation', 'Mutation', f] as const),
    ].filter(([, type, f]) => !ALLOWED.has(`${type}.${f.name}`));
    expect(roots.length).toBeGreaterThan(40);
    const answers: Record<string, string> = {};
    for (const [operation, type, field] of roots) {
      const { query, variables } = callOf(operation, field);
      const r: GqlResult = await t.gql(query, variables, d.token);
      answers[`${type}.${field.name}`] = `${codeOf(r)} ${String(r.errors?.[0]?.extensions?.reason)}`;
    }
    const notRefused = Object.entries(answers).filter(([, a]) => a !== 'FORBIDDEN TEMPORARY_PASSWORD');
    expect(notRefused).toEqual([]);
  });

  it('is also what an account an administrator creates starts with (createUser, createDeputy with an account)', async () => {
    const admin = await signedIn(t, 'ADMIN');
    const password = 'chosen by the administrator';
    const user = await t.gql(
      `mutation($i: CreateUserInput!) { createUser(input: $i) { id } }`,
      { i: { email: 'created.user@test.example', displayName: 'Created', password, role: 'DEPUTY' } },
      admin.token,
    );
    expect(user.errors).toBeUndefined();
    const deputy = await t.gql(
      `mutation($i: CreateDeputyInput!) { createDeputy(input: $i) { id } }`,
      {
        i: {
          fullName: 'Created Deputy',
          gender: 'WOMAN',
          territory: 'reg:11',
          account: { email: 'created.deputy@test.example', password },
        },
      },
      admin.token,
    );
    expect(deputy.errors).toBeUndefined();
    for (const email of ['created.user@test.example', 'created.deputy@test.example']) {
      const login = await t.gql(LOGIN, { email, password });
      expect(login.data!.login.user.mustChangePassword).toBe(true);
      const groups = await t.gql(`{ workingGroups { id } }`, {}, login.data!.login.token);
      expect(`${codeOf(groups)} ${String(groups.errors?.[0]?.extensions?.reason)}`).toBe('FORBIDDEN TEMPORARY_PASSWORD');
    }
  });

  it("reads no group, meeting or message through `me`'s relations either", async () => {
    const d = await aResetDeputy();
    const r = await t.gql(`{ me { id deputy { memberships { group { name } } } } }`, {}, d.token);
    expect(JSON.stringify(r.data)).not.toContain(d.c.group.name);
    expect(r.errors?.map((e) => `${e.extensions?.code} ${e.extensions?.reason}`)).toContain('FORBIDDEN TEMPORARY_PASSWORD');
  });

  it('refuses socket events with FORBIDDEN and reason TEMPORARY_PASSWORD', async () => {
    const d = await aResetDeputy();
    const socket = await connectLive(t.url, d.token);
    try {
      expect(await request(socket, 'channel:join', { groupId: d.c.group.id, afterSeq: 0 })).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN', reason: 'TEMPORARY_PASSWORD' },
      });
      expect(await request(socket, 'channel:history', { groupId: d.c.group.id, afterSeq: 0 })).toMatchObject({
        ok: false,
        error: { reason: 'TEMPORARY_PASSWORD' },
      });
    } finally {
      socket.close();
    }
  });

  it('opens everything again once the person chose their own password, with the token changePassword returns', async () => {
    const d = await aResetDeputy();
    const changed = await t.gql(CHANGE, { i: { currentPassword: d.password, newPassword: 'mon propre mot de passe' } }, d.token);
    expect(changed.errors).toBeUndefined();
    expect(changed.data!.changePassword.user).toEqual({ id: d.user.id, mustChangePassword: false });
    const token = changed.data!.changePassword.token as string;
    const groups = await t.gql(`{ workingGroups { id } }`, {}, token);
    expect(groups.errors).toBeUndefined();
    expect((await t.gql(ME, {}, token)).data!.me.mustChangePassword).toBe(false);
    // And at the next login.
    const again = await t.gql(LOGIN, { email: d.user.email, password: 'mon propre mot de passe' });
    expect(again.data!.login.user.mustChangePassword).toBe(false);
  });

  it('shows administrators which accounts still have a temporary password', async () => {
    const d = await aResetDeputy();
    const admin = await signedIn(t, 'ADMIN');
    const users = await t.gql(`{ users { id mustChangePassword } }`, {}, admin.token);
    expect(
      (users.data!.users as Array<{ id: string; mustChangePassword: boolean }>).find((u) => u.id === d.user.id)!.mustChangePassword,
    ).toBe(true);
  });
});
