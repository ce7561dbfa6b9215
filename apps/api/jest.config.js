/** @type {import('jest').Config} */

// The API must not depend on the server's time zone: its tests run in one that is not UTC (the
// workers inherit it), so a date read or written in local time shows up as a shifted value.
process.env.TZ = 'America/Sao_Paulo';

module.exports = {
  displayName: 'api',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: [
    '<rootDir>/src/**/*.spec.ts',
    '<rootDir>/src/**/*.integration-spec.ts',
    '<rootDir>/src/**/*.e2e-spec.ts',
    '<rootDir>/test/**/*.spec.ts',
    '<rootDir>/test/**/*.e2e-spec.ts',
  ],
  transform: { '^.+\\.(ts|js|mjs|cjs)$': '<rootDir>/test/esm-transformer.js' },
  // ES-module-only packages compiled for Jest (see test/esm-transformer.js).
  transformIgnorePatterns: [
    '/node_modules/(?!(@nestjs|@apollo/server|@as-integrations|file-type|graphql-scalars|strtok3|token-types|uint8array-extras|@tokenizer|load-esm|@borewit|@electric-sql)/)',
  ],
  moduleNameMapper: { '^@tribune/domain$': '<rootDir>/../../packages/domain/src/index.ts' },
  globalSetup: '<rootDir>/test/global-setup.js',
  testTimeout: 60000,
  maxWorkers: 2,
  reporters: ['default', '<rootDir>/../../tools/count-reporter.js'],
};
