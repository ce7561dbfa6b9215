import fc from 'fast-check';
import { GraphQLInputType, GraphQLNamedType, isEnumType, isInputObjectType, isListType, isNonNullType, isScalarType } from 'graphql';

/** Strings a careless server chokes on: control characters, lone surrogates, bidi overrides, markup, SQL. */
const NASTY = [
  '\u0000',
  'a\u0000b',
  '\uD800',
  'x\uDFFFy',
  '\u202Eevil',
  '\uFEFF',
  '\r\n\t',
  ' ',
  '   ',
  '<script>alert(1)</script>',
  '\'; DROP TABLE "User"; --',
  '%s%n%x',
  '${7*7}',
  '../../etc/passwd',
  'مرحبا بالعالم',
  'ሰላም',
  '🇫🇷👩🏽‍⚖️',
  'e\u0301\u0301\u0301',
  'null',
  'undefined',
  'NaN',
  '0',
  '-1',
  'true',
  '{}',
  '[]',
];

/** Random text: unicode, binary, empty, nasty, and now and then huge (up to 1 MB). */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.constant('') },
  { weight: 3, arbitrary: fc.constantFrom(...NASTY) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom(121, 1_001, 4_001, 10_001, 100_000, 1_000_000), fc.constantFrom('x', 'é', '😀', ' '))
      .map(([n, c]) => c.repeat(n)),
  },
);

/** Calendar days at the edges: year 0001 and 9999, leap days real and not, DST change days, malformed. */
const EDGE_DAYS = [
  '0001-01-01',
  '9999-12-31',
  '2024-02-29',
  '2023-02-29',
  '2100-02-29',
  '2000-02-29',
  '2026-03-29',
  '2026-10-25',
  '2026-02-30',
  '2026-13-01',
  '2026-00-10',
  '1970-01-01',
  '1969-12-31',
  '2025-01-08',
  '2027-01-07',
  '2026-06-15',
  '26-01-01',
  '2026-1-1',
  '+002026-01-01',
  '2026-01-01T00:00:00Z',
  '',
  'demain',
];
/** Instants at the edges, including the local times Paris skips (29 March 02:30) and repeats (25 October 02:30). */
const EDGE_INSTANTS = [
  '0001-01-01T00:00:00Z',
  '9999-12-31T23:59:59.999Z',
  '2024-02-29T12:00:00Z',
  '2023-02-29T12:00:00Z',
  '2026-03-29T02:30:00+01:00',
  '2026-03-29T01:30:00Z',
  '2026-10-25T02:30:00+02:00',
  '2026-10-25T02:30:00+01:00',
  '2026-06-15T10:00:00+14:00',
  '2026-06-15T10:00:00-12:00',
  '2026-06-15T10:00:00Z',
  '2026-06-15T11:00:00Z',
  '1970-01-01T00:00:00Z',
  '2026-06-15T24:00:00Z',
  '2026-06-15T10:00:00',
  '2026-06-15',
  'now',
  '',
];
const isoDay = (d: Date) => d.toISOString().slice(0, 10);
const anyDate = fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true });
const nearDate = fc.date({ min: new Date('2024-06-01T00:00:00Z'), max: new Date('2027-06-01T00:00:00Z'), noInvalidDate: true });

export const hostileDay = fc.oneof(fc.constantFrom(...EDGE_DAYS), anyDate.map(isoDay), nearDate.map(isoDay));
export const hostileInstant = fc.oneof(
  fc.constantFrom(...EDGE_INSTANTS),
  anyDate.map((d) => d.toISOString()),
  nearDate.map((d) => d.toISOString()),
);
export const hostileInt = fc.oneof(
  fc.integer({ min: -3, max: 20 }),
  fc.constantFrom(-2_147_483_648, 2_147_483_647, 2 ** 31, -(2 ** 31) - 1, 2 ** 53, 1.5),
  fc.integer(),
);
/** A value of some other type than expected (wrong types through variables). */
export const wrongType: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.string({ maxLength: 8 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.integer(), { maxKeys: 3 }),
  fc.array(fc.integer(), { maxLength: 3 }),
);

/** Known ids: all of them, and those that fit an input field by its name (meetingId: meetings...). */
export interface IdPool {
  all: string[];
  byField(field: string): string[];
}

/** Text and dates a person would type, so that calls get past validation and into the services. */
const plausibleString = fc.oneof(
  fc.constantFrom('Logement', 'Santé', 'Réunion de rentrée', 'FREQ=WEEKLY;COUNT=3', 'Europe/Paris', 'fr', 'a@b.example'),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }),
);

/**
 * Arbitrary values for a GraphQL input type, generated from the schema: known ids mixed with
 * unknown ones, hostile strings, edge dates, and now and then a value of the wrong type. `tame`:
 * mostly plausible values with a hostile one now and then, to reach past validation.
 */
export function hostileValue(type: GraphQLInputType, ids: IdPool, tame = false, name = ''): fc.Arbitrary<unknown> {
  const h = tame ? 1 : 4;
  const idFor = (field: string) => {
    const known = tame ? ids.byField(field) : ids.all;
    return fc.oneof(
      { weight: 12, arbitrary: fc.constantFrom(...(known.length ? known : ids.all)) },
      { weight: h, arbitrary: fc.uuid() },
      { weight: h, arbitrary: hostileString },
    );
  };
  const text = fc.oneof({ weight: tame ? 8 : 0, arbitrary: plausibleString }, { weight: h, arbitrary: hostileString });
  const day = fc.oneof({ weight: tame ? 8 : 0, arbitrary: nearDate.map(isoDay) }, { weight: h, arbitrary: hostileDay });
  const instant = fc.oneof(
    { weight: tame ? 8 : 0, arbitrary: nearDate.map((d) => d.toISOString()) },
    { weight: h, arbitrary: hostileInstant },
  );
  const int = fc.oneof({ weight: tame ? 8 : 0, arbitrary: fc.integer({ min: 0, max: 10 }) }, { weight: h, arbitrary: hostileInt });
  const build = (t: GraphQLInputType, field: string): fc.Arbitrary<unknown> => {
    if (isNonNullType(t))
      return fc.oneof({ weight: tame ? 60 : 12, arbitrary: build(t.ofType, field) }, { weight: 1, arbitrary: wrongType });
    if (isListType(t)) return fc.array(build(t.ofType, field), { maxLength: 4 });
    const named = t as GraphQLNamedType;
    if (isEnumType(named))
      return fc.oneof(
        { weight: 8, arbitrary: fc.constantFrom(...named.getValues().map((v) => v.name)) },
        { weight: 1, arbitrary: hostileString },
      );
    if (isInputObjectType(named)) {
      const fields = Object.values(named.getFields());
      const model = Object.fromEntries(fields.map((f) => [f.name, build(f.type, f.name)]));
      const required = fields.filter((f) => isNonNullType(f.type) && f.defaultValue === undefined).map((f) => f.name);
      return fc.record(model, { requiredKeys: required });
    }
    if (isScalarType(named)) {
      switch (named.name) {
        case 'ID':
          return idFor(field);
        case 'String':
          return text;
        case 'Int':
          return int;
        case 'Float':
          return fc.double();
        case 'Boolean':
          return fc.boolean();
        case 'Date':
          return day;
        case 'DateTime':
          return instant;
        default:
          return fc.jsonValue({ maxDepth: 2 });
      }
    }
    return wrongType;
  };
  // A nullable value is sometimes null, sometimes a value.
  return isNonNullType(type) ? build(type, name) : fc.option(build(type, name), { nil: null, freq: 4 });
}
