// Runs the API's TypeScript directly (npm start, scripts): SWC keeps decorator metadata,
// which NestJS dependency injection and the code-first GraphQL schema rely on.
process.env.SWC_NODE_PROJECT = process.env.SWC_NODE_PROJECT || require('path').join(__dirname, 'tsconfig.json');
require('@swc-node/register');
