import { startTestApp, TestApp } from '../../test/test-app';

describe('GET /health', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('reports the database as up, without a token', async () => {
    const res = await fetch(`${t.url}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', database: { status: 'up', engine: 'postgresql' } });
  });

  it('reports Redis too when REDIS_URL is set', async () => {
    const withRedis = await startTestApp({ config: { redisUrl: 'redis://127.0.0.1:6379', redisKeyPrefix: `health-${process.pid}` } });
    try {
      const res = await fetch(`${withRedis.url}/health`);
      expect(await res.json()).toMatchObject({ status: 'ok', database: { status: 'up' }, redis: { status: 'up' } });
    } finally {
      await withRedis.close();
    }
  });

  it('answers 503 when the database is unreachable', async () => {
    await t.prisma.$disconnect();
    // Point at a database that cannot answer: the same check must fail, not hang or crash.
    await t.db!.drop();
    const res = await fetch(`${t.url}/health`);
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ status: 'unhealthy', database: { status: 'down' } });
  });
});
