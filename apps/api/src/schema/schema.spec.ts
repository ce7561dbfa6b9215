import fs from 'node:fs';
import path from 'node:path';
import { buildSchema } from 'graphql';
import { loadConfig } from '../config/config';
import { printAppSchema } from './print-schema';

const committed = () => fs.readFileSync(path.join(__dirname, '../../schema.gql'), 'utf8');

describe('schema.gql', () => {
  it('is the schema the code generates (run `npm run schema` after changing resolvers)', async () => {
    const generated = await printAppSchema(loadConfig({ NODE_ENV: 'test', TRIBUNE_DATA_DIR: 'memory://schema-spec' }));
    expect(committed()).toBe(generated);
  });

  it('describes every query and mutation (what it does, and for whom where not everyone)', () => {
    const schema = buildSchema(committed());
    const undescribed = [schema.getQueryType()!, schema.getMutationType()!].flatMap((type) =>
      Object.values(type.getFields())
        .filter((field) => !field.description?.trim())
        .map((field) => `${type.name}.${field.name}`),
    );
    expect(undescribed).toEqual([]);
  });
});
