import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { AppConfig } from '../config/config';
import { createApp } from '../bootstrap';

/** The schema as the code defines it, sorted: the committed schema.gql must equal this. */
export async function printAppSchema(config: AppConfig): Promise<string> {
  // A database URL that is never dialled: building the schema needs no database.
  // No job workers either (they would start the job queue, which dials the database).
  const app = await createApp({ ...config, databaseUrl: 'postgresql://schema-printer.invalid/none', jobWorkers: false }, { logger: false });
  await app.init();
  try {
    const { schema } = app.get(GraphQLSchemaHost);
    return '# Generated from the API code by `npm run schema`; do not edit.\n\n' + printSchema(lexicographicSortSchema(schema)) + '\n';
  } finally {
    await app.close();
  }
}
