import { randomUUID } from 'node:crypto';
import http from 'node:http';
import os from 'node:os';
import { codeOf, GqlResult, startTestApp, TestApp } from '../../test/test-app';
import { aUser, TEST_PASSWORD } from '../../test/factories';
import { loadConfig } from '../config/config';

const REDIS_URL = process.env.TEST_REDIS_URL || 'redis://127.0.0.1:6379';
const LOGIN = `mutation($email: String!, $password: String!) { login(input: { email: $email, password: $password }) { token } }`;
const ADDRESS_LIMIT = 30;
const ACCOUNT_LIMIT = 5;

/**
 * This machine's own non-loopback address: requests sent from it reach the API the way they do
 * from nginx in docker-compose, from a peer that `loopback` does not cover.
 */
const proxyAddress = Object.values(os.networkInterfaces())
  .flat()
  .find((i) => i && !i.internal && i.family === 'IPv4')?.address;

/** A login through a proxy at `from` that forwards for `forwardedFor` (nginx's $proxy_add_x_forwarded_for). */
function loginVia(url: string, from: string, forwardedFor: string, email: string, password: string): Promise<GqlResult> {
  const body = JSON.stringify({ query: LOGIN, variables: { email, password } });
  return new Promise((resolve, reject) => {
    const req = http.request(
      `${url}/graphql`,
      { method: 'POST', localAddress: from, headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor } },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve(JSON.parse(text) as GqlResult));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

describe('login limits', () => {
  describe('behind a proxy', () => {
    let t: TestApp;
    beforeAll(async () => {
      // As docker-compose configures it: nginx is the one hop in front of the API.
      t = await startTestApp({ config: { trustProxy: loadConfig({ TRUST_PROXY: '1' }).trustProxy } });
    });
    afterAll(() => t.close());

    it('counts failed logins per client address behind a trusted proxy', async () => {
      expect({ proxyAddress }).toEqual({ proxyAddress: expect.any(String) });
      const user = await aUser(t.prisma);
      const [spraying, other] = ['198.51.100.7', '203.0.113.9'];
      const guesses = Array.from({ length: ADDRESS_LIMIT }, (_, i) =>
        loginVia(t.url, proxyAddress!, spraying, `nobody-${i}@test.example`, 'a guess'),
      );
      expect((await Promise.all(guesses)).map(codeOf)).toEqual(Array(ADDRESS_LIMIT).fill('UNAUTHENTICATED'));
      expect(codeOf(await loginVia(t.url, proxyAddress!, spraying, user.email, TEST_PASSWORD))).toBe('RATE_LIMITED');
      // A forged X-Forwarded-For does not help: the proxy appends the address it really saw.
      expect(codeOf(await loginVia(t.url, proxyAddress!, `${other}, ${spraying}`, user.email, TEST_PASSWORD))).toBe('RATE_LIMITED');
      expect(codeOf(await loginVia(t.url, proxyAddress!, other, user.email, TEST_PASSWORD))).toBe('OK');
    }, 120_000);
  });

  describe('with several instances', () => {
    let a: TestApp;
    let b: TestApp;
    beforeAll(async () => {
      // This test's own keys: other runs sharing the Redis count nothing here.
      const shared = { redisUrl: REDIS_URL, redisKeyPrefix: `tribune-test-${randomUUID()}` };
      a = await startTestApp({ config: shared });
      b = await startTestApp({ config: { ...shared, countQueries: false }, sameDatabaseAs: a });
    });
    afterAll(async () => {
      await b?.close();
      await a?.close();
    });

    it('shares the login budget between two instances through Redis', async () => {
      const user = await aUser(a.prisma);
      // Spread over both instances: neither sees the limit reached on its own.
      for (let i = 0; i < ACCOUNT_LIMIT; i++) {
        const instance = i % 2 === 0 ? a : b;
        expect(codeOf(await instance.gql(LOGIN, { email: user.email, password: `wrong-${i}` }))).toBe('UNAUTHENTICATED');
      }
      expect(codeOf(await a.gql(LOGIN, { email: user.email, password: TEST_PASSWORD }))).toBe('RATE_LIMITED');
      expect(codeOf(await b.gql(LOGIN, { email: user.email, password: TEST_PASSWORD }))).toBe('RATE_LIMITED');
    });
  });

  describe('while Redis is away', () => {
    let t: TestApp;
    beforeAll(async () => {
      // Nothing listens on port 1: the API starts without Redis and keeps trying to reach it.
      t = await startTestApp({ config: { redisUrl: 'redis://127.0.0.1:1', redisKeyPrefix: `tribune-test-${randomUUID()}` } });
    });
    afterAll(() => t.close());

    it('keeps counting failed logins in memory, forgets them after a good login, and still lets the right password in', async () => {
      const user = await aUser(t.prisma);
      expect(codeOf(await t.gql(LOGIN, { email: user.email, password: 'wrong' }))).toBe('UNAUTHENTICATED');
      expect(codeOf(await t.gql(LOGIN, { email: user.email, password: TEST_PASSWORD }))).toBe('OK');
      // The failure before the good login is forgotten: the account has its whole budget again.
      for (let i = 0; i < ACCOUNT_LIMIT - 1; i++) {
        expect(codeOf(await t.gql(LOGIN, { email: user.email, password: `wrong-${i}` }))).toBe('UNAUTHENTICATED');
      }
      expect(codeOf(await t.gql(LOGIN, { email: user.email, password: TEST_PASSWORD }))).toBe('OK');
      for (let i = 0; i < ACCOUNT_LIMIT; i++) {
        expect(codeOf(await t.gql(LOGIN, { email: user.email, password: `again-${i}` }))).toBe('UNAUTHENTICATED');
      }
      expect(codeOf(await t.gql(LOGIN, { email: user.email, password: TEST_PASSWORD }))).toBe('RATE_LIMITED');
    }, 60_000);
  });
});
