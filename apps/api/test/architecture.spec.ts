/**
 * The API's floor plan, checked against its imports (issue 13): shared folders sit under the
 * features and never import one; features tell the live path what happened through domain events
 * and never import `live/`; product code never imports test helpers (apps/api/test/, or a
 * `testing/` folder). The imports are read with the TypeScript compiler's own scanner.
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const api = path.resolve(__dirname, '..');
const src = path.join(api, 'src');

/**
 * The folders every feature builds on. They import one another and packages, never a feature:
 * the access policy and the audit log included (each feature adds its own `viewerCan`, and users
 * add the audit entry's actor).
 */
const SHARED = ['access', 'audit', 'auth', 'common', 'config', 'generated', 'jobs', 'loaders', 'prisma', 'redis', 'security'];
/** What puts the house together (or prints it, or fills it): it may import anything. */
const ROOTS = ['app.module.ts', 'bootstrap.ts', 'main.ts', 'schema', 'seed'];
/** The live path: only itself and the roots import it. */
const LIVE = 'live';

const isSpec = (file: string) => /\.(spec|integration-spec|e2e-spec)\.ts$/.test(file);
const isTestHelper = (file: string) => file.startsWith(path.join(api, 'test') + path.sep) || file.split(path.sep).includes('testing');
/** The top folder (or root file) of src/ a file is in, or null outside src/. */
const placeOf = (file: string) => (file.startsWith(src + path.sep) ? path.relative(src, file).split(path.sep)[0] : null);

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' || entry.name === 'node_modules' ? [] : sourceFiles(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

/** The files of this app a file imports (relative imports; packages are not rooms of the house). */
function importsOf(file: string): Array<{ written: string; target: string }> {
  const { importedFiles } = ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true);
  return importedFiles
    .filter(({ fileName }) => fileName.startsWith('.'))
    .map(({ fileName }) => ({ written: fileName, target: path.resolve(path.dirname(file), fileName) }));
}

/** The rule an import from `file` to `target` breaks, or null. */
function ruleBroken(file: string, target: string): string | null {
  const from = placeOf(file);
  const to = placeOf(target);
  const product = from !== null && !isSpec(file) && !isTestHelper(file);
  if (product && isTestHelper(target)) return 'product code never imports test helpers (apps/api/test/, testing/)';
  if (from === null || to === null || from === to || ROOTS.includes(from)) return null;
  if (!SHARED.includes(from) && from !== LIVE && to === LIVE) return `a feature (${from}) never imports live/: it publishes a domain event`;
  if (product && SHARED.includes(from) && !SHARED.includes(to))
    return `a shared folder (${from}) never imports a feature or the app (${to})`;
  return null;
}

/** Every import that breaks a rule, as "file -> import: rule". */
function violations(): string[] {
  const found: string[] = [];
  for (const file of [...sourceFiles(src), ...sourceFiles(path.join(api, 'test'))]) {
    for (const { written, target } of importsOf(file)) {
      const rule = ruleBroken(file, target);
      if (rule) found.push(`${path.relative(api, file)} -> ${written}: ${rule}`);
    }
  }
  return found.sort();
}

describe('the API floor plan', () => {
  it('has no import from a shared folder up into a feature, no feature importing live/, no product code importing test helpers', () => {
    expect(violations()).toEqual([]);
  });

  it('reads the imports it checks', () => {
    // A scanner that found nothing would pass every rule.
    expect(importsOf(path.join(src, 'app.module.ts')).length).toBeGreaterThan(20);
    expect(SHARED.every((folder) => fs.existsSync(path.join(src, folder)))).toBe(true);
  });

  describe('its rules', () => {
    const at = (file: string) => path.join(api, file);
    it('refuses a shared folder importing a feature, and accepts it importing another shared folder', () => {
      expect(ruleBroken(at('src/loaders/loaders.ts'), at('src/unread/unread-counts'))).toMatch(
        /shared folder \(loaders\) never imports a feature/,
      );
      expect(ruleBroken(at('src/auth/auth.guard.ts'), at('src/common/app-error'))).toBeNull();
    });
    it('refuses a feature, or its spec, importing live/; accepts live and the app module doing so', () => {
      expect(ruleBroken(at('src/votes/votes.service.ts'), at('src/live/live.gateway'))).toMatch(/feature \(votes\) never imports live/);
      expect(ruleBroken(at('src/votes/procedure-live.e2e-spec.ts'), at('src/live/testing/live-client'))).toMatch(/never imports live/);
      // Any file of live/, not only the gateway: its socket types and services are the live path's own.
      expect(ruleBroken(at('src/meetings/meetings.service.ts'), at('src/live/live-socket'))).toMatch(
        /feature \(meetings\) never imports live/,
      );
      expect(ruleBroken(at('src/speakers/speakers.module.ts'), at('src/live/presence.service'))).toMatch(/never imports live/);
      expect(ruleBroken(at('src/auth/auth.service.ts'), at('src/live/socket-access'))).toMatch(/shared folder \(auth\) never imports/);
      expect(ruleBroken(at('src/app.module.ts'), at('src/live/live.module'))).toBeNull();
      expect(ruleBroken(at('src/live/live.gateway.ts'), at('src/access/access-policy'))).toBeNull();
    });
    it('refuses product code importing a test helper; accepts a spec or a testing/ folder doing so', () => {
      expect(ruleBroken(at('src/mandates/mandates.service.ts'), at('test/factories'))).toMatch(/test helpers/);
      expect(ruleBroken(at('src/meetings/meetings.service.ts'), at('src/mandates/testing/seat-rules'))).toMatch(/test helpers/);
      expect(ruleBroken(at('src/mandates/testing/seat-rules.ts'), at('test/factories'))).toBeNull();
      expect(ruleBroken(at('src/mandates/mandates.integration-spec.ts'), at('test/test-app'))).toBeNull();
    });
  });
});
