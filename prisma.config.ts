import { defineConfig } from 'prisma/config';
import { cliAdapter } from './prisma/cli-adapter';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  engine: 'js',
  experimental: { adapter: true },
  adapter: cliAdapter,
});
