// Browser test of the web app against a real API and PostgreSQL: `npx jest -c apps/web/jest.e2e.config.js`.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(fileURLToPath(import.meta.url));

export default {
  rootDir: root,
  displayName: 'web-e2e',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/e2e/**/*.e2e-spec.ts'],
  transform: {
    '^.+\\.ts$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } }],
  },
  // One build, API and web server for the whole run (see e2e/support/servers.ts, sharedServers()).
  globalSetup: '<rootDir>/e2e/support/global-setup.ts',
  globalTeardown: '<rootDir>/e2e/support/global-teardown.ts',
  testTimeout: 120000,
  maxWorkers: 1,
  reporters: ['default', path.resolve(root, '../../tools/count-reporter.js')],
};
