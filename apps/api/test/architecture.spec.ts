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

/** The folders every feature builds on. They import one another and packages, never a feature. */
const SHARED = ['auth', 'common', 'config', 'generated', 'loaders', 'prisma', 'redis', 'security'];
/** What puts the house together (or prints it, or fills it): it may import anything. */
const ROOTS = ['app.module.ts', 'bootstrap.ts', 'main.ts', 'schema', 'seed'];
/** The live path: only itself and the roots import it. */
const LIVE = 'live';

/**
 * Imports that break a rule today and are being moved (each one removed from here with its fix;
 * the check also fails when one of them no longer occurs, so this list only shrinks).
 */
const KNOWN: string[] = [
];

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

/** Every import that breaks a rule, as "file -> import: rule". */
function violations(): string[] {
  const found: string[] = [];
  for (const file of [...sourceFiles(src), ...sourceFiles(path.join(api, 'test'))]) {
    const from = placeOf(file);
    const name = path.relative(api, file);
    const product = from !== null && !isSpec(file) && !isTestHelper(file);
    for (const { written, target } of importsOf(file)) {
      const to = placeOf(target);
      const line = (rule: string) => found.push(`${name} -> ${written}: ${rule}`);
      if (product && isTestHelper(target)) line('product code never imports test helpers (apps/api/test/, testing/)');
      if (from === null || to === null || from === to || ROOTS.includes(from)) continue;
      const feature = !SHARED.includes(from) && from !== LIVE;
      if (feature && to === LIVE) line(`a feature (${from}) never imports live/: it publishes a domain event`);
      if (product && SHARED.includes(from) && !SHARED.includes(to) && !ROOTS.includes(to)) line(`a shared folder (${from}) never imports a feature (${to})`);
      if (product && SHARED.includes(from) && ROOTS.includes(to)) line(`a shared folder (${from}) never imports what puts the house together (${to})`);
    }
  }
  return found.sort();
}

describe('the API floor plan', () => {
  const found = violations();

  it('has no import from a shared folder up into a feature, no feature importing live/, no product code importing test helpers', () => {
    expect(found.filter((v) => !KNOWN.includes(v))).toEqual([]);
  });

  it('lists as known only the imports that still break a rule', () => {
    expect(KNOWN.filter((v) => !found.includes(v))).toEqual([]);
  });

  it('reads the imports it checks', () => {
    // A scanner that found nothing would pass every rule.
    expect(importsOf(path.join(src, 'app.module.ts')).length).toBeGreaterThan(20);
    expect(SHARED.every((folder) => fs.existsSync(path.join(src, folder)))).toBe(true);
  });
});
