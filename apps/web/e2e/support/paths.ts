import path from 'node:path';

/** The repository root (commands run from there, as in CI). */
export const REPO_ROOT = path.resolve(__dirname, '../../../..');
export const WEB_ROOT = path.join(REPO_ROOT, 'apps/web');
export const RESULTS_DIR = path.join(WEB_ROOT, 'test-results');
export const bin = (name: string) => path.join(REPO_ROOT, 'node_modules/.bin', name);
