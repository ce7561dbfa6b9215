import path from 'node:path';
import { spawnSync } from 'node:child_process';

const root = path.resolve(__dirname, '../../../..');
const env = { ...process.env, NX_DAEMON: 'false' };

/** Lints `source` as if it were a file of the API, with the repository's ESLint config. */
function lintAsApiFile(source: string): Array<{ ruleId: string | null; severity: number }> {
  const r = spawnSync(
    process.execPath,
    [
      path.join(root, 'node_modules/eslint/bin/eslint.js'),
      '--stdin',
      '--stdin-filename',
      'apps/api/src/boundary-probe.ts',
      '--format',
      'json',
    ],
    { cwd: root, env, input: source, encoding: 'utf8' },
  );
  return JSON.parse(r.stdout)[0].messages;
}

// Apps never import each other (Nx tags + @nx/enforce-module-boundaries as an error).
describe('module boundaries', () => {
  beforeAll(() => {
    // The rule reads Nx's project graph; compute it (no daemon) before linting.
    spawnSync(process.execPath, [path.join(root, 'node_modules/nx/dist/bin/nx.js'), 'show', 'projects'], {
      cwd: root,
      env,
      stdio: 'ignore',
    });
  });

  it('refuses an import of the web app from the API', () => {
    const messages = lintAsApiFile(`import { App } from '../../web/src/app/App';\nexport const x = App;\n`);
    expect(messages).toContainEqual(expect.objectContaining({ ruleId: '@nx/enforce-module-boundaries', severity: 2 }));
  });

  it('allows the shared domain package', () => {
    const messages = lintAsApiFile(`import { computeParity } from '@tribune/domain';\nexport const x = computeParity;\n`);
    expect(messages.filter((m) => m.ruleId === '@nx/enforce-module-boundaries')).toEqual([]);
  });
});
