import 'reflect-metadata';
import { loadConfig } from './config/config';
import { createApp } from './bootstrap';
import { PrismaService } from './prisma/prisma.service';
import { DEMO_LOGINS, DEMO_PASSWORD, ensureBootstrapAdmin, seedDemoAssembly } from './seed/demo-assembly';

async function main() {
  const config = loadConfig();
  const app = await createApp(config);
  await app.init(); // runs onModuleInit hooks: the embedded database migrates here
  const prisma = app.get(PrismaService);
  await ensureBootstrapAdmin(prisma, config.adminEmail, config.adminPassword);
  const seeded = config.seedDemo ? await seedDemoAssembly(prisma) : false;
  await app.listen(config.port);
  const url = `http://localhost:${config.port}`;
  const lines = [
    `Tribune API ready on ${url}/graphql (health: ${url}/health), database: ${config.databaseUrl ? 'PostgreSQL' : `embedded PGlite in ${config.dataDir}`}`,
  ];
  if (config.seedDemo) {
    lines.push(
      `${seeded ? 'Demo assembly seeded.' : 'Demo assembly present.'} Demo logins (password "${DEMO_PASSWORD}"):`,
      `  administrator: ${DEMO_LOGINS.admin}`,
      `  coordinators:  ${DEMO_LOGINS.coordinators.join(', ')}`,
      `  deputy:        ${DEMO_LOGINS.deputy} (and the 14 other deputies, firstname.lastname@tribune.example)`,
    );
  }
  if (config.adminEmail) lines.push(`Bootstrap administrator: ${config.adminEmail}`);
  console.log(lines.join('\n'));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
