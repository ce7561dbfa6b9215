import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, isInputObjectType, isInterfaceType, isObjectType } from 'graphql';
import { FORBIDDEN_FIELD_NAME } from '@tribune/domain';

const root = path.join(__dirname, '../../../..');

/** Every column of every model in prisma/schema.prisma, as `Model.field`. */
function prismaFields(): string[] {
  const text = fs.readFileSync(path.join(root, 'prisma/schema.prisma'), 'utf8');
  const fields: string[] = [];
  for (const [, model, body] of text.matchAll(/^model (\w+) \{([\s\S]*?)^\}/gm)) {
    for (const line of body.split('\n')) {
      const name = line.trim().match(/^(\w+)\s+\w/)?.[1];
      if (name) fields.push(`${model}.${name}`);
    }
  }
  return fields;
}

/** Every field, input field and argument of the GraphQL schema, as `Type.field` or `Type.field(arg)`. */
function graphqlFields(): string[] {
  const schema = buildSchema(fs.readFileSync(path.join(root, 'apps/api/schema.gql'), 'utf8'));
  const fields: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const f of Object.values(type.getFields())) {
        fields.push(`${type.name}.${f.name}`, ...f.args.map((a) => `${type.name}.${f.name}(${a.name})`));
      }
    }
    if (isInputObjectType(type)) for (const f of Object.values(type.getFields())) fields.push(`${type.name}.${f.name}`);
  }
  return fields;
}

// DESIGN.md, Data and privacy: "No administrative status, no asylum file numbers, no exact address
// is ever stored." A column or a field for one would have to be named; none may be.
describe('personal data the platform never holds', () => {
  it('has no column for an administrative status, a file number or an address in the database', () => {
    const fields = prismaFields();
    expect(fields).toContain('Deputy.territory');
    expect(fields.filter((f) => FORBIDDEN_FIELD_NAME.test(f.split('.')[1]))).toEqual([]);
  });

  it('has no field, input or argument for them in the GraphQL schema', () => {
    const fields = graphqlFields();
    expect(fields).toContain('CreateDeputyInput.territory');
    expect(fields.filter((f) => FORBIDDEN_FIELD_NAME.test(f.slice(f.indexOf('.') + 1)))).toEqual([]);
  });
});
