import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startTestApp } from '../../test/test-app';
import { describeSeatRules } from './testing/seat-rules';

// The embedded database `npm start` uses, migrated from prisma/migrations as the API starts,
// then the same rules as on PostgreSQL.
describe('seat and mandate rules on the embedded PGlite database', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tribune-pglite-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  describeSeatRules(() => startTestApp({ embeddedDir: dir }));
});
