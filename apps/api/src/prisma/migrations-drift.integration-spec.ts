import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { Client } from 'pg';

const root = path.resolve(__dirname, '../../../..');
const adminUrl = process.env.TEST_DATABASE_ADMIN_URL || 'postgres://postgres@127.0.0.1:5432/postgres';

describe('prisma/migrations', () => {
  const name = `tribune_shadow_${process.pid}_${Date.now()}`;
  const admin = async (sql: string) => {
    const c = new Client({ connectionString: adminUrl });
    await c.connect();
    await c.query(sql).finally(() => c.end());
  };
  beforeAll(() => admin(`CREATE DATABASE "${name}"`));
  afterAll(() => admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));

  it('agree with schema.prisma: replaying them leaves nothing to change', () => {
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    const sql = execFileSync(
      path.join(root, 'prisma/prisma-cli.sh'),
      ['migrate', 'diff', '--from-migrations', 'prisma/migrations', '--to-schema-datamodel', 'prisma/schema.prisma', '--script'],
      { cwd: root, env: { ...process.env, DATABASE_URL: url.toString() }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const statements = sql.split('\n').filter((l) => l.trim() && !l.startsWith('--') && !l.startsWith('Loaded Prisma config'));
    expect(statements).toEqual([]);
  });
});
