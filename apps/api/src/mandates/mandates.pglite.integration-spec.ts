import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startTestApp } from '../../test/test-app';
import { describeSeatRules } from './seat-rules.shared';

const root = path.resolve(__dirname, '../../../..');

// The embedded database `npm start` uses: migrated by the same CLI path, then the same rules.
describe('seat and mandate rules on the embedded PGlite database', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tribune-pglite-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  describeSeatRules(async () => {
    const env: NodeJS.ProcessEnv = { ...process.env, TRIBUNE_DATA_DIR: dir };
    delete env.DATABASE_URL;
    execFileSync(path.join(root, 'prisma/prisma-cli.sh'), ['migrate', 'deploy'], { cwd: root, env, stdio: 'pipe' });
    return startTestApp({ embeddedDir: dir });
  });
});
