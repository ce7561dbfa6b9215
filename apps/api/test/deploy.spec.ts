/**
 * The deployable stack, checked without Docker (it cannot run here): docker-compose.yml, the
 * Dockerfiles and nginx.conf in deploy/, against each other and against the README's environment
 * table and the API's configuration (apps/api/src/config/config.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

const root = path.resolve(__dirname, '../../..');
const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8');

interface Service {
  image?: string;
  build?: { context: string; dockerfile: string };
  environment?: Record<string, string>;
  ports?: string[];
  depends_on?: Record<string, unknown> | string[];
  healthcheck?: { test: string[] };
}
// Merge keys (`<<: *api`): the second replica is the first one's definition.
const compose = parse(read('docker-compose.yml'), { merge: true }) as { services: Record<string, Service> };
const services = compose.services;
const nginx = read('deploy/nginx.conf');
const config = read('apps/api/src/config/config.ts');

/** The README's environment table: variable -> { default, meaning }. */
function readmeEnvironment(): Map<string, { defaultValue: string; meaning: string }> {
  const section =
    read('README.md')
      .split(/^## Environment$/m)[1]
      ?.split(/^## /m)[0] ?? '';
  const table = new Map<string, { defaultValue: string; meaning: string }>();
  for (const line of section.split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    if (cells.length < 4 || !cells[1].startsWith('`')) continue;
    for (const name of cells[1].match(/`([A-Z][A-Z0-9_]*)`/g) ?? [])
      table.set(name.slice(1, -1), { defaultValue: cells[2], meaning: cells[3] });
  }
  return table;
}
const documented = readmeEnvironment();

const apiServices = Object.entries(services).filter(([, s]) => s.build?.dockerfile === 'deploy/api.Dockerfile');
const [, api] = apiServices[0] ?? [];
const webEntry = Object.entries(services).find(([, s]) => s.build?.dockerfile === 'deploy/web.Dockerfile');

/** Variables the API reads from its environment (config.ts). */
const configVariables = [...new Set([...config.matchAll(/env\.([A-Z][A-Z0-9_]*)/g)].map((m) => m[1]))];
/** `${VAR}`, `${VAR:-default}`, `${VAR:?message}` interpolated from the server's .env file. */
const interpolated = [...new Set([...read('docker-compose.yml').matchAll(/\$\{([A-Z][A-Z0-9_]*)/g)].map((m) => m[1]))];

describe('docker-compose.yml', () => {
  it('runs postgres, redis, two API replicas and the web app behind its proxy', () => {
    expect(services.postgres?.image).toMatch(/^postgres:\d+/);
    expect(services.redis?.image).toMatch(/^redis:\d+/);
    expect(apiServices.map(([name]) => name)).toHaveLength(2);
    expect(webEntry).toBeDefined();
  });

  it('gives both API replicas the same configuration, pointing at the postgres and redis services', () => {
    const [[, first], [, second]] = apiServices;
    expect(second.environment).toEqual(first.environment);
    const env = first.environment!;
    const database = new URL(env.DATABASE_URL.replace(/\$\{[^}]+\}/g, 'secret'));
    expect(database.hostname).toBe('postgres');
    expect(database.port).toBe('5432');
    expect(database.username).toBe(services.postgres.environment!.POSTGRES_USER);
    expect(database.pathname).toBe(`/${services.postgres.environment!.POSTGRES_DB}`);
    expect(new URL(env.REDIS_URL)).toMatchObject({ hostname: 'redis', port: '6379' });
    expect(env.NODE_ENV).toBe('production');
    // Two replicas: the demo seed and its well-known passwords stay off unless asked for.
    expect(env.TRIBUNE_SEED_DEMO).toMatch(/false/);
  });

  it('checks the API health on the port it listens on, and starts the replicas after their database', () => {
    const port = api!.environment!.PORT;
    expect(api!.healthcheck!.test.join(' ')).toContain(`localhost:${port}/health`);
    expect(Object.keys(api!.depends_on as Record<string, unknown>)).toEqual(expect.arrayContaining(['postgres', 'redis']));
  });

  it('publishes only the proxy, on the port nginx listens on', () => {
    const [, web] = webEntry!;
    const published = Object.entries(services).filter(([, s]) => s.ports?.length);
    expect(published.map(([name]) => name)).toEqual([webEntry![0]]);
    const containerPort = web.ports![0].split(':').pop();
    expect(nginx).toMatch(new RegExp(`listen\\s+${containerPort};`));
  });

  it('takes its secrets from the environment, never from a value written in the file', () => {
    const secrets = [...documented].filter(([, v]) => /\(secret\)/.test(v.meaning)).map(([name]) => name);
    expect(secrets).toEqual(expect.arrayContaining(['JWT_SECRET', 'DATABASE_URL', 'TRIBUNE_ADMIN_PASSWORD', 'POSTGRES_PASSWORD']));
    for (const [, service] of Object.entries(services)) {
      for (const [name, value] of Object.entries(service.environment ?? {})) {
        if (!secrets.includes(name)) continue;
        // Interpolated: required (${X:?...}), optional with no default (${X:-}), or carrying
        // another secret (the password inside DATABASE_URL).
        expect({ name, value }).toEqual({ name, value: expect.stringMatching(/\$\{[A-Z_]+(:\?[^}]*|:-)?\}/) });
        expect({ name, value }).toEqual({ name, value: expect.not.stringMatching(/\$\{[A-Z_]+:-[^}]+\}/) });
      }
    }
  });
});

describe('the README environment table', () => {
  it('documents every variable the API reads and every one docker-compose.yml sets or interpolates', () => {
    const used = new Set([...configVariables, ...interpolated, ...apiServices.flatMap(([, s]) => Object.keys(s.environment ?? {}))]);
    const missing = [...used].filter((name) => !documented.has(name));
    expect(missing).toEqual([]);
  });

  it('states the defaults the configuration really has', () => {
    const literal = [...config.matchAll(/env\.([A-Z][A-Z0-9_]*) \|\| (?:'([^']*)'|(\d+))/g)].map((m) => [m[1], m[2] ?? m[3]] as const);
    expect(literal.length).toBeGreaterThan(3);
    for (const [name, value] of literal) {
      expect({ name, readme: documented.get(name)?.defaultValue }).toEqual({
        name,
        readme: expect.stringContaining(value.replace(/\/$/, '')),
      });
    }
  });
});

describe('deploy/nginx.conf', () => {
  it('balances the two API replicas on the port they listen on', () => {
    const port = api!.environment!.PORT;
    for (const [name] of apiServices) expect(nginx).toContain(`server ${name}:${port};`);
  });

  it('passes websocket upgrades on /socket.io/ and proxies the API paths', () => {
    const sockets = nginx.match(/location \/socket\.io\/ \{([^}]*)\}/)?.[1] ?? '';
    expect(sockets).toMatch(/proxy_http_version 1\.1;/);
    expect(sockets).toMatch(/proxy_set_header Upgrade \$http_upgrade;/);
    expect(sockets).toMatch(/proxy_set_header Connection "upgrade";/);
    for (const location of ['/graphql', '/health', '/calendar/'])
      expect(nginx).toMatch(new RegExp(`location ${location.replace(/\//g, '\\/')} \\{ proxy_pass http://tribune_api;`));
  });
});

describe('the Dockerfiles', () => {
  const dockerfiles = ['deploy/api.Dockerfile', 'deploy/web.Dockerfile'];

  it.each(dockerfiles)('%s installs from the lock file with npm ci', (file) => {
    const text = read(file);
    const ci = text.search(/^RUN npm ci\b/m);
    expect(ci).toBeGreaterThan(-1);
    expect(text).not.toMatch(/npm install\b/);
    const lock = text.search(/^COPY [^\n]*package-lock\.json/m);
    expect(lock).toBeGreaterThan(-1);
    expect(lock).toBeLessThan(ci);
  });

  it.each(dockerfiles)('%s starts from pinned images and copies only files that exist', (file) => {
    const text = read(file);
    for (const [, image] of text.matchAll(/^FROM (\S+)/gm)) expect(image).toMatch(/:\d[\w.-]*$/);
    for (const [, sources] of text.matchAll(/^COPY (?!--from)(.+) \S+$/gm)) {
      for (const source of sources.split(/\s+/))
        expect({ source, exists: fs.existsSync(path.join(root, source)) }).toEqual({ source, exists: true });
    }
  });

  it('runs the API on the Node version package.json asks for, exposing the port compose gives it', () => {
    const text = read('deploy/api.Dockerfile');
    const major = Number(text.match(/^FROM node:(\d+)/m)?.[1]);
    const wanted = Number((JSON.parse(read('package.json')) as { engines: { node: string } }).engines.node.match(/(\d+)/)![1]);
    expect(major).toBeGreaterThanOrEqual(wanted);
    expect(text).toMatch(new RegExp(`^EXPOSE ${api!.environment!.PORT}$`, 'm'));
  });

  it('serves the web build with the proxy configuration', () => {
    expect(read('deploy/web.Dockerfile')).toMatch(/^COPY deploy\/nginx\.conf \/etc\/nginx\/conf\.d\/default\.conf$/m);
  });
});
