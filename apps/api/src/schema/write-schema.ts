import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../config/config';
import { printAppSchema } from './print-schema';

/** Writes apps/api/schema.gql from the code (the web's types are generated from it). */
async function main() {
  const sdl = await printAppSchema(loadConfig({ ...process.env, DATABASE_URL: '', TRIBUNE_DATA_DIR: 'memory://schema' }));
  const file = path.join(__dirname, '..', '..', 'schema.gql');
  fs.writeFileSync(file, sdl);
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}
main().catch((e) => {
  console.error(e);
  process.exit(1);
});
