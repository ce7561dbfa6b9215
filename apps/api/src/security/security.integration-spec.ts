import { loadConfig } from '../config/config';
import { startTestApp, TestApp, codeOf, GqlResult } from '../../test/test-app';
import { signedIn } from '../../test/factories';
import { MAX_QUERY_DEPTH } from './graphql-limits';

describe('HTTP and GraphQL hardening', () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await startTestApp({ config: { webOrigin: 'https://tribune.example' } });
    admin = (await signedIn(t, 'ADMIN')).token;
  });
  afterAll(() => t.close());

  it('refuses a query nested deeper than the limit', async () => {
    // workingGroups > members > group > members > group ... past the depth limit.
    let selection = 'id';
    for (let i = 0; i < MAX_QUERY_DEPTH; i++) selection = `members { group { ${selection} } }`;
    const r = await t.gql(`{ workingGroups { ${selection} } }`, {}, admin);
    expect(r.errors?.[0].message).toMatch(/exceeds maximum operation depth/);
    expect(r.data).toBeUndefined();
  });

  const post = (body: unknown) =>
    fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${admin}` },
      body: JSON.stringify(body),
    });

  it('answers a refused request with HTTP 400: too deep, over budget or malformed', async () => {
    let selection = 'id';
    for (let i = 0; i < MAX_QUERY_DEPTH; i++) selection = `members { group { ${selection} } }`;
    const tooDeep = await post({ query: `{ workingGroups { ${selection} } }` });
    const overBudget = await post({ query: `{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: workingGroups { id }`).join(' ')} }` });
    const malformed = await post({ query: `{ me { id ` });
    const unknownField = await post({ query: `{ me { identity } }` });
    expect([tooDeep.status, overBudget.status, malformed.status, unknownField.status]).toEqual([400, 400, 400, 400]);
    const codes = await Promise.all([tooDeep, overBudget, malformed, unknownField].map(async (r) => codeOf((await r.json()) as GqlResult)));
    expect(codes).toEqual(['GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED']);
  });

  it('suggests field names outside production (they help developers)', async () => {
    const r = (await (await post({ query: `{ me { displayNam } }` })).json()) as GqlResult;
    expect(r.errors![0].message).toMatch(/Did you mean/);
  });

  it('refuses a query whose estimated cost is over budget, however shallow', async () => {
    const aliases = Array.from({ length: 600 }, (_, i) => `a${i}: workingGroups { id }`).join(' ');
    const r = await t.gql(`{ ${aliases} }`, {}, admin);
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.errors![0].message).toMatch(/too expensive/);
  });

  it('refuses batched requests (an array of operations)', async () => {
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${admin}` },
      body: JSON.stringify([{ query: '{ me { id } }' }, { query: '{ me { id } }' }]),
    });
    expect(res.status).toBe(400);
  });

  it('refuses a request body over 1 MB', async () => {
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ me { id } }', variables: { pad: 'x'.repeat(1_100_000) } }),
    });
    expect(res.status).toBe(413);
  });

  it('sends the helmet security headers', async () => {
    const res = await fetch(`${t.url}/health`);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('strict-transport-security')).toMatch(/max-age/);
    expect(res.headers.get('x-powered-by')).toBeNull();
  });

  it('allows cross-origin calls from the configured web origin only', async () => {
    const preflight = (origin: string) =>
      fetch(`${t.url}/graphql`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,authorization' },
      });
    expect((await preflight('https://tribune.example')).headers.get('access-control-allow-origin')).toBe('https://tribune.example');
    expect((await preflight('https://evil.example')).headers.get('access-control-allow-origin')).toBeNull();
  });

  it('never puts the bearer token or the password in responses or error messages', async () => {
    const r = await t.gql(`mutation { login(input: { email: "nobody@test.example", password: "s3cret-value-123" }) { token } }`);
    expect(JSON.stringify(r)).not.toContain('s3cret-value-123');
  });
});

describe('production settings', () => {
  it('refuses to start without JWT_SECRET in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET/);
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32) }).jwtSecret).toBe('x'.repeat(32));
  });

  it('gives no "Did you mean" suggestions in production, for fields, arguments or enum values', async () => {
    const t = await startTestApp({ config: { production: true, jwtSecret: 'a-production-secret-for-the-test' } });
    try {
      const { token } = await signedIn(t, 'ADMIN');
      const post = async (query: string, variables?: Record<string, unknown>) => {
        const res = await fetch(`${t.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ query, variables }),
        });
        return { status: res.status, body: (await res.json()) as GqlResult };
      };
      const answers = [
        await post(`{ me { displayNam } }`),
        await post(`{ meetings(filtr: { limit: 1 }) { id } }`),
        await post(`{ meetings(filter: { when: UPCOMIN }) { id } }`),
        await post(`query($f: MeetingFilter) { meetings(filter: $f) { id } }`, { f: { when: 'UPCOMIN' } }),
      ];
      for (const a of answers) {
        expect(a.status).toBe(400);
        expect(a.body.errors?.length).toBeGreaterThan(0);
        expect(JSON.stringify(a.body)).not.toMatch(/Did you mean|displayName|"UPCOMING"|filter"/);
      }
    } finally {
      await t.close();
    }
  });

  it('turns introspection off in production', async () => {
    const t = await startTestApp({ config: { production: true, jwtSecret: 'a-production-secret-for-the-test' } });
    try {
      const r = await t.gql(`{ __schema { queryType { name } } }`);
      expect(r.errors?.[0].message).toMatch(/introspection/i);
    } finally {
      await t.close();
    }
  });
});
