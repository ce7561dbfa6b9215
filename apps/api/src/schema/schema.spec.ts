import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../config/config';
import { printAppSchema } from './print-schema';

describe('schema.gql', () => {
  it('is the schema the code generates (run `npm run schema` after changing resolvers)', async () => {
    const committed = fs.readFileSync(path.join(__dirname, '../../schema.gql'), 'utf8');
    const generated = await printAppSchema(loadConfig({ NODE_ENV: 'test', TRIBUNE_DATA_DIR: 'memory://schema-spec' }));
    expect(committed).toBe(generated);
  });
});
