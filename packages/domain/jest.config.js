/** @type {import('jest').Config} */
module.exports = {
  displayName: 'domain',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest', {}] },
  reporters: ['default', '<rootDir>/../../tools/count-reporter.js'],
};
