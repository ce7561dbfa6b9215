import path from 'node:path';
import { loadConfig } from './config';

describe('loadConfig', () => {
  it('gives the defaults DESIGN.md states when nothing is set', () => {
    expect(loadConfig({})).toEqual({
      production: false,
      port: 3000,
      // No DATABASE_URL: the embedded database, in .data/.
      databaseUrl: undefined,
      dataDir: path.resolve('.data'),
      redisUrl: undefined,
      redisKeyPrefix: 'tribune',
      liveSendsPerSecond: 10,
      jwtSecret: expect.any(String),
      jwtTtl: '12h',
      webOrigin: 'http://localhost:4200',
      seedDemo: true,
      adminEmail: undefined,
      adminPassword: undefined,
      countQueries: false,
      logLevel: 'warn',
      trustProxy: 'loopback',
      smtpUrl: undefined,
      mailFrom: 'Tribune <no-reply@tribune.localhost>',
      publicUrl: 'http://localhost:4200',
      jobWorkers: true,
      jobPollSeconds: 2,
    });
  });

  it('seeds the demo unless TRIBUNE_SEED_DEMO is false', () => {
    expect(loadConfig({ TRIBUNE_SEED_DEMO: 'false' }).seedDemo).toBe(false);
    expect(loadConfig({ TRIBUNE_SEED_DEMO: 'true' }).seedDemo).toBe(true);
  });

  it('keeps an in-memory embedded database as it is given', () => {
    expect(loadConfig({ TRIBUNE_DATA_DIR: 'memory://' }).dataDir).toBe('memory://');
  });

  it('derives the allowed origin from WEB_PORT', () => {
    expect(loadConfig({ WEB_PORT: '5000' }).webOrigin).toBe('http://localhost:5000');
  });

  it('refuses to start in production without JWT_SECRET', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET/);
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: 's3cret' })).toMatchObject({
      production: true,
      jwtSecret: 's3cret',
      logLevel: 'info',
    });
  });

  it('runs job workers unless JOBS_WORKERS is false, polling every JOBS_POLL_SECONDS (at least half a second)', () => {
    expect(loadConfig({ JOBS_WORKERS: 'false' }).jobWorkers).toBe(false);
    expect(loadConfig({ JOBS_POLL_SECONDS: '5' }).jobPollSeconds).toBe(5);
    expect(loadConfig({ JOBS_POLL_SECONDS: '0.1' }).jobPollSeconds).toBe(0.5);
  });

  it('reads TRUST_PROXY as Express does: a hop count, a boolean, or addresses and names', () => {
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: 'false' }).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8' }).trustProxy).toBe('loopback, 10.0.0.0/8');
  });
});
