import { DateResolver } from 'graphql-scalars';
import { GraphQLScalarType, GraphQLSchema, Kind, ValueNode } from 'graphql';
import { Transform } from 'class-transformer';
import { ErrorReason } from '@tribune/domain';
import { badInput } from './app-error';

/** A calendar day, YYYY-MM-DD (terms, mandates, memberships). Instants use DateTime. */
export const GraphQLDate = DateResolver;

/** A Date at UTC midnight as YYYY-MM-DD. */
export const isoDay = (d: Date) => d.toISOString().slice(0, 10);
export const today = () => new Date(isoDay(new Date()));

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/i;
const LOCAL_ONLY = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?$/i;

/** The local time each parsed instant was written in (its own offset), for the series' clock. */
const written = new WeakMap<Date, number>();

const refuse = (value: string, why: string, reason: ErrorReason) =>
  badInput(`"${value.slice(0, 40)}" is not an RFC 3339 date-time: ${why}`, undefined, { reason });

/**
 * An instant as RFC 3339 requires it: date, time and an offset or Z
 * (`2027-01-05T18:00:00+01:00`, `2027-01-05T17:00:00Z`). Without an offset the instant would
 * depend on the server's zone, and `2027-02-30` would roll over into March: both are refused.
 */
export function parseDateTime(value: unknown): Date {
  if (typeof value !== 'string')
    throw badInput('A DateTime is a string like 2027-01-05T18:00:00+01:00.', undefined, { reason: ErrorReason.DATE_TIME_INVALID });
  const m = RFC3339.exec(value);
  if (!m) {
    if (LOCAL_ONLY.test(value))
      throw refuse(value, 'it needs a time and an offset or Z, e.g. 2027-01-05T18:00:00+01:00.', ErrorReason.DATE_TIME_NEEDS_OFFSET);
    throw refuse(value, 'write it like 2027-01-05T18:00:00+01:00 or 2027-01-05T17:00:00Z.', ErrorReason.DATE_TIME_INVALID);
  }
  const [y, mo, d, h, mi, s] = m.slice(1, 7).map(Number);
  const ms = Number((m[7] ?? '.0').slice(1, 4).padEnd(3, '0'));
  const wall = new Date(0);
  wall.setUTCFullYear(y, mo - 1, d);
  wall.setUTCHours(h, mi, s, ms);
  if (wall.getUTCFullYear() !== y || wall.getUTCMonth() !== mo - 1 || wall.getUTCDate() !== d || h > 23 || mi > 59 || s > 59) {
    throw refuse(value, 'this day or time does not exist.', ErrorReason.DATE_TIME_INVALID);
  }
  let offsetMin = 0;
  if (m[8].toUpperCase() !== 'Z') {
    const [oh, om] = m[8].slice(1).split(':').map(Number);
    if (oh > 23 || om > 59) throw refuse(value, 'the offset does not exist.', ErrorReason.DATE_TIME_INVALID);
    offsetMin = (m[8][0] === '-' ? -1 : 1) * (oh * 60 + om);
  }
  const instant = new Date(wall.getTime() - offsetMin * 60_000);
  written.set(instant, wall.getTime());
  return instant;
}

/**
 * The local time an instant input was written in (as a floating ms count), if it came through
 * DateTime: `2027-03-28T02:30:00+01:00` says "02:30" even though Paris clocks show 03:30 then.
 */
export const writtenWallClock = (instant: Date): number | undefined => written.get(instant);

/**
 * Keeps the DateTime object GraphQL parsed (class-transformer would copy the Date and lose what
 * writtenWallClock knows). For the inputs whose written local time matters (a series' clock).
 */
export const KeepWrittenTime = () => Transform(({ obj, key }) => (obj as Record<string, unknown>)[key], { toClassOnly: true });

/**
 * The schema's DateTime (Nest's GraphQLISODateTime, which every `@Field(() => GraphQLISODateTime)`
 * names) made strict: inputs go through parseDateTime instead of `new Date(value)`; output stays
 * ISO 8601 in UTC. Applied once to the built schema (GraphQLModule's transformSchema), so no
 * input can bypass it.
 */
export function withStrictDateTime(schema: GraphQLSchema): GraphQLSchema {
  const type = schema.getType('DateTime');
  if (!(type instanceof GraphQLScalarType)) return schema;
  Object.assign(type, {
    description: 'An instant, RFC 3339 with an offset or Z (2027-01-05T18:00:00+01:00); answered in UTC.',
    parseValue: parseDateTime,
    parseLiteral: (ast: ValueNode) => {
      if (ast.kind !== Kind.STRING)
        throw badInput('A DateTime is a string like 2027-01-05T18:00:00+01:00.', undefined, { reason: ErrorReason.DATE_TIME_INVALID });
      return parseDateTime(ast.value);
    },
  });
  return schema;
}
