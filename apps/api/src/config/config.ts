import path from 'node:path';

export interface AppConfig {
  production: boolean;
  port: number;
  /** postgres://... or undefined for the embedded PGlite database. */
  databaseUrl?: string;
  /** Folder of the embedded database, or memory:// for a throw-away one. */
  dataDir: string;
  redisUrl?: string;
  /** Prefix of the Socket.IO Redis adapter's channels and the rate limiter's keys (several deployments, or test runs, can share one Redis). */
  redisKeyPrefix: string;
  /** Messages one user may send per second (burst) before getting RATE_LIMITED acks. */
  liveSendsPerSecond: number;
  jwtSecret: string;
  jwtTtl: string;
  webOrigin: string;
  seedDemo: boolean;
  adminEmail?: string;
  adminPassword?: string;
  /** Count SQL queries (tests and benchmarks prove batching with it). */
  countQueries: boolean;
  logLevel: string;
  /**
   * Express's `trust proxy`: which proxies may say who the client is (X-Forwarded-For), so the
   * login limits count per client address, not per proxy. A hop count, true/false, or
   * addresses and names (loopback, uniquelocal...) separated by commas.
   */
  trustProxy: boolean | number | string;
  /** smtp(s)://user:pass@host:port: mail is sent there; unset, mail is kept in the database and shown to administrators. */
  smtpUrl?: string;
  /** The From of every mail ("Tribune <no-reply@example.org>"). */
  mailFrom: string;
  /** The address people open the web app at: links in mails and calendar feeds start with it (no trailing slash). */
  publicUrl: string;
  /** Whether this instance runs job workers (polls the durable queue): JOBS_WORKERS, default true. Tests run due jobs themselves. */
  jobWorkers: boolean;
  /** Seconds between a worker's polls of its queue (JOBS_POLL_SECONDS, default 2, at least 0.5). */
  jobPollSeconds: number;
}

export const APP_CONFIG = Symbol('APP_CONFIG');

const DEV_JWT_SECRET = 'tribune-development-secret-not-for-production';

/** TRUST_PROXY as Express reads it: '1' is one hop, not an address named "1". */
function trustProxySetting(value: string): boolean | number | string {
  if (value === 'true' || value === 'false') return value === 'true';
  return /^\d+$/.test(value) ? Number(value) : value;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const production = env.NODE_ENV === 'production';
  if (production && !env.JWT_SECRET) {
    throw new Error('JWT_SECRET must be set when NODE_ENV=production.');
  }
  const dataDir = env.TRIBUNE_DATA_DIR || '.data';
  return {
    production,
    port: Number(env.PORT || 3000),
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: dataDir.startsWith('memory://') ? dataDir : path.resolve(dataDir),
    redisUrl: env.REDIS_URL || undefined,
    redisKeyPrefix: env.REDIS_KEY_PREFIX || 'tribune',
    liveSendsPerSecond: Number(env.LIVE_SENDS_PER_SECOND || 10),
    jwtSecret: env.JWT_SECRET || DEV_JWT_SECRET,
    jwtTtl: env.JWT_TTL || '12h',
    webOrigin: env.WEB_ORIGIN || `http://localhost:${env.WEB_PORT || 4200}`,
    seedDemo: (env.TRIBUNE_SEED_DEMO ?? 'true') !== 'false',
    adminEmail: env.TRIBUNE_ADMIN_EMAIL || undefined,
    adminPassword: env.TRIBUNE_ADMIN_PASSWORD || undefined,
    countQueries: env.TRIBUNE_COUNT_QUERIES === 'true',
    logLevel: env.LOG_LEVEL || (production ? 'info' : 'warn'),
    trustProxy: trustProxySetting(env.TRUST_PROXY || 'loopback'),
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM || 'Tribune <no-reply@tribune.localhost>',
    publicUrl: (env.PUBLIC_URL || env.WEB_ORIGIN || `http://localhost:${env.WEB_PORT || 4200}`).replace(/\/+$/, ''),
    jobWorkers: (env.JOBS_WORKERS ?? 'true') !== 'false',
    jobPollSeconds: Math.max(0.5, Number(env.JOBS_POLL_SECONDS || 2)),
  };
}
