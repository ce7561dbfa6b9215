import { DateResolver } from 'graphql-scalars';

/** A calendar day, YYYY-MM-DD (terms, mandates, memberships). Instants use DateTime. */
export const GraphQLDate = DateResolver;

/** A Date at UTC midnight as YYYY-MM-DD. */
export const isoDay = (d: Date) => d.toISOString().slice(0, 10);
export const today = () => new Date(isoDay(new Date()));
