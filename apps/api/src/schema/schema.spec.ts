import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, getNamedType, GraphQLSchema, isInputObjectType, isNonNullType, isObjectType } from 'graphql';
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

/**
 * The conventions of CONVENTIONS.md that a reading of the schema can check: every id is an `ID`,
 * and a lookup by id answers null (with its NOT_FOUND in `errors`) rather than blanking the response.
 */
describe('the schema conventions (src/schema/CONVENTIONS.md)', () => {
  const isIdName = (name: string) => name === 'id' || /Ids?$/.test(name);

  /** Every field, argument and input field named like an id (`id`, `groupId`, `voteIds`) whose type is not ID. */
  function idsNotTypedId(schema: GraphQLSchema): string[] {
    const found: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__')) continue;
      if (isObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (isIdName(field.name) && getNamedType(field.type).name !== 'ID') found.push(`${type.name}.${field.name}`);
          for (const arg of field.args)
            if (isIdName(arg.name) && getNamedType(arg.type).name !== 'ID') found.push(`${type.name}.${field.name}(${arg.name})`);
        }
      } else if (isInputObjectType(type)) {
        for (const field of Object.values(type.getFields()))
          if (isIdName(field.name) && getNamedType(field.type).name !== 'ID') found.push(`${type.name}.${field.name}`);
      }
    }
    return found.sort();
  }

  /** Query fields that look a thing up by its id (an `id` argument) and return a non-null type. */
  const lookupsNotNullable = (schema: GraphQLSchema) =>
    Object.values(schema.getQueryType()!.getFields())
      .filter((field) => field.args.some((arg) => arg.name === 'id') && isNonNullType(field.type))
      .map((field) => `Query.${field.name}`);

  it('types every id as ID (no `id: String!`)', () => {
    expect(idsNotTypedId(buildSchema(committed()))).toEqual([]);
  });

  it('answers a lookup by id with a nullable type, so one NOT_FOUND does not blank the whole response', () => {
    expect(lookupsNotNullable(buildSchema(committed()))).toEqual([]);
  });

  it('finds what breaks them', () => {
    const bad = buildSchema(`
      type Thing { id: String! ownerId: ID tagIds: [String!]! }
      input ThingFilter { groupId: String }
      type Query { thing(id: ID!): Thing! things(groupId: String, filter: ThingFilter): [Thing!]! maybe(id: ID!): Thing }`);
    expect(idsNotTypedId(bad)).toEqual(['Query.things(groupId)', 'Thing.id', 'Thing.tagIds', 'ThingFilter.groupId']);
    expect(lookupsNotNullable(bad)).toEqual(['Query.thing']);
  });
});
