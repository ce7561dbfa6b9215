// Stops what global-setup.ts started and drops its database.
import { dropDatabase } from './database';
import { stop } from './processes';
import type { SharedRun } from './global-setup';

export default async function globalTeardown(): Promise<void> {
  const run = (globalThis as { __tribuneE2E?: SharedRun }).__tribuneE2E;
  if (!run) return;
  await stop(run.web?.child);
  await stop(run.api?.child);
  await dropDatabase(run.db);
}
