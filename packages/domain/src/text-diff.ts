/**
 * The change view of texts: word by word, on the text's logical order (the browser lays each part
 * out right to left or left to right; the diff never splits a word, so Arabic letters keep their
 * joined shapes and their vowel marks).
 */
import { diffArrays } from 'diff';
import type { TextParagraph } from './texts';

/** A run of words: kept, added, or removed. */
export interface WordChange {
  kind: 'SAME' | 'ADDED' | 'REMOVED';
  text: string;
}

const words = new Intl.Segmenter('und', { granularity: 'word' });

/** Scripts written without spaces between words (Chinese, Japanese, Thai, Lao, Khmer, Myanmar): only the Unicode word rules cut them. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
/** A word (letters with their marks, digits, joiners inside Persian words, apostrophes, hyphens), a run of spaces, or one other character. */
const TOKEN = /(?:[\p{L}\p{M}\p{N}_'’-]|\u200C|\u200D)+|\s+|[\s\S]/gu;

/**
 * Words, spaces and punctuation (Arabic, Persian, Latin alike: a word keeps its marks), by a
 * regular expression where words are spaced, by the Unicode word rules (Intl.Segmenter, slower)
 * where they are not.
 */
export function wordTokens(text: string): string[] {
  if (!UNSPACED.test(text)) return text.match(TOKEN) ?? [];
  return Array.from(words.segment(text), (s) => s.segment);
}

/**
 * The word-level changes from one wording to another. The kept and removed runs give back `before`,
 * the kept and added runs give back `after`, exactly; a removal comes before the addition that
 * replaces it.
 */
export function wordDiff(before: string, after: string): WordChange[] {
  const result: WordChange[] = [];
  for (const part of diffArrays(wordTokens(before), wordTokens(after))) {
    const kind = part.added ? 'ADDED' : part.removed ? 'REMOVED' : 'SAME';
    const text = part.value.join('');
    const last = result[result.length - 1];
    if (last && last.kind === kind) last.text += text;
    else if (text !== '') result.push({ kind, text });
  }
  return result;
}

/** One paragraph of a comparison between two versions. */
export interface ParagraphComparison {
  paragraphId: string;
  status: 'SAME' | 'CHANGED' | 'ADDED' | 'REMOVED';
  before: string | null;
  after: string | null;
  changes: WordChange[];
}

/**
 * Compares two versions paragraph by paragraph (by id): the paragraphs of `after` in order, with
 * the removed ones of `before` placed after the paragraph that preceded them.
 */
export function compareVersions(before: readonly TextParagraph[], after: readonly TextParagraph[]): ParagraphComparison[] {
  const old = new Map(before.map((p) => [p.id, p.text]));
  const kept = new Set(after.map((p) => p.id));
  const removedAfter = new Map<string | null, TextParagraph[]>();
  let previous: string | null = null;
  for (const paragraph of before) {
    if (!kept.has(paragraph.id)) removedAfter.set(previous, [...(removedAfter.get(previous) ?? []), paragraph]);
    else previous = paragraph.id;
  }
  const removed = (anchor: string | null): ParagraphComparison[] =>
    (removedAfter.get(anchor) ?? []).map((p) => ({
      paragraphId: p.id,
      status: 'REMOVED',
      before: p.text,
      after: null,
      changes: [{ kind: 'REMOVED', text: p.text }],
    }));
  const result = removed(null);
  for (const paragraph of after) {
    const was = old.get(paragraph.id);
    if (was === undefined) {
      result.push({
        paragraphId: paragraph.id,
        status: 'ADDED',
        before: null,
        after: paragraph.text,
        changes: [{ kind: 'ADDED', text: paragraph.text }],
      });
    } else {
      const changes = was === paragraph.text ? [{ kind: 'SAME' as const, text: was }] : wordDiff(was, paragraph.text);
      result.push({
        paragraphId: paragraph.id,
        status: was === paragraph.text ? 'SAME' : 'CHANGED',
        before: was,
        after: paragraph.text,
        changes,
      });
    }
    result.push(...removed(paragraph.id));
  }
  return result;
}
