/**
 * DESIGN.md: "No administrative status, no asylum file numbers, no exact address is ever stored."
 * A territory is a region or a department ("Pas-de-Calais", "Calais (62)"); these are the shapes of
 * an exact place that a person could type there by habit: a postcode or a street address.
 */
const POSTCODE = /(^|[^\d])\d{5}([^\d]|$)/;
/** "12 rue des Lilas", "3bis, avenue ..." (the French order). */
const STREET =
  /\b\d+\s*(bis|ter|[a-d])?\s*,?\s+(rue|avenue|av\.?|bd|boulevard|chemin|impasse|all[ée]e|place|quai|route|cours|square|passage)\b/i;
/** "221B Baker Street" (the English order). */
const STREET_EN = /\b\d+[a-z]?\s+(\S+\s+){1,3}(street|st\.?|road|rd\.?|lane|avenue|drive)\b/i;
/** The words of fields the schema must never have (checked against the Prisma and GraphQL schemas). */
export const FORBIDDEN_FIELD_NAME =
  /asylum|file.?number|dossier|address(?!ed)|street|post.?code|postal|zip.?code|nationality|residence|permit|visa|immigration|legal.?status|administrative.?status|latitude|longitude/i;

export function looksLikeAddress(text: string): boolean {
  return POSTCODE.test(text) || STREET.test(text) || STREET_EN.test(text);
}
