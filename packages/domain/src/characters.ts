/** Half of a surrogate pair: not text (PostgreSQL and several validators fail on it). */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/**
 * Control characters other than tab and line breaks (C0, DEL, C1), NUL included (PostgreSQL cannot
 * store it): nobody types them, and they break what text is written into (iCalendar lines, CSV
 * cells, logs, terminals).
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/**
 * Whether a text has a character no input may carry (a control character other than tab and line
 * breaks, or half of a surrogate pair). The one rule: the API's validation pipe (every GraphQL
 * input), the socket payloads and the web's forms ask it; refusals give reason INVALID_CHARACTER.
 */
export function hasForbiddenCharacter(text: string): boolean {
  return CONTROL.test(text) || LONE_SURROGATE.test(text);
}
