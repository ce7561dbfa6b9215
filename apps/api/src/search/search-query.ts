import { Prisma } from '../generated/prisma/client';

/** At most this many words of a query count (the rest are ignored). */
export const MAX_QUERY_WORDS = 8;

/** Arabic-script letters (Arabic, and Persian and Urdu letters): such a word is also matched by trigrams. */
const ARABIC_LETTER = /[\u0621-\u063A\u0641-\u064A\u066E-\u06D3]/;

/** The words of a query: split on spaces and punctuation around them, at most MAX_QUERY_WORDS, each once. */
export function queryWords(query: string): string[] {
  const words = query
    .split(/[\s"«»“”„()[\]{}!?¿¡;:,،؛؟]+/u)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((w) => /[\p{L}\p{N}]/u.test(w));
  return [...new Set(words)].slice(0, MAX_QUERY_WORDS);
}

/**
 * The condition an entry `e` meets for one word: one of its French, English or Arabic forms is in
 * the entry's vector (tribune_search_word), or, for an Arabic word of at least three skeleton
 * letters, its consonant skeleton is close to a word of the entry's skeletons (pg_trgm's strict
 * word similarity, through the trigram index). A stop word ("de", "the") asks nothing. The word
 * is a parameter: the planner folds these functions of it to constants, so the indexes apply.
 */
function wordCondition(word: string): Prisma.Sql {
  const query = Prisma.sql`public.tribune_search_word(${word})`;
  const forms = [Prisma.sql`e."vector" @@ ${query}`];
  if (ARABIC_LETTER.test(word)) {
    const skeleton = Prisma.sql`public.tribune_arabic_skeleton(${word})`;
    forms.push(Prisma.sql`(char_length(${skeleton}) >= 3 AND e."arabic" %>> ${skeleton})`);
  }
  return Prisma.sql`(${query} IS NULL OR ${Prisma.join(forms, ' OR ')})`;
}

/** Every word matches (AND); a query without words matches nothing. */
export function matchCondition(words: readonly string[]): Prisma.Sql {
  return words.length ? Prisma.join(words.map(wordCondition), ' AND ') : Prisma.sql`FALSE`;
}

/** What a snippet marks: any form of any word (for ts_headline). NULL when every word is a stop word. */
export function highlightQuery(words: readonly string[]): Prisma.Sql {
  const parts = words.map((w) => Prisma.sql`public.tribune_search_word(${w})`);
  if (!parts.length) return Prisma.sql`NULL::tsquery`;
  // NULL parts (stop words) drop out of the concatenation through COALESCE.
  return parts.reduce((acc, part) => Prisma.sql`COALESCE(${acc} || ${part}, ${acc}, ${part})`);
}

/** The markers ts_headline puts around a matched word (control characters: never in stored text). */
export const MARK_START = '\u0002';
export const MARK_END = '\u0003';

/** A snippet as parts, matched or not: the web shows them as text, never as HTML. */
export function snippetParts(headline: string): Array<{ text: string; match: boolean }> {
  const parts: Array<{ text: string; match: boolean }> = [];
  const re = new RegExp(`${MARK_START}([^${MARK_END}]*)${MARK_END}`, 'g');
  let last = 0;
  for (const m of headline.matchAll(re)) {
    if (m.index > last) parts.push({ text: headline.slice(last, m.index), match: false });
    if (m[1]) parts.push({ text: m[1], match: true });
    last = m.index + m[0].length;
  }
  if (last < headline.length) parts.push({ text: headline.slice(last), match: false });
  return parts.map((p) => ({ ...p, text: p.text.replace(new RegExp(`[${MARK_START}${MARK_END}]`, 'g'), '') })).filter((p) => p.text);
}
