/**
 * Texts (recommendations, positions, resolutions, letters) and their amendments: the pure rules both
 * apps share. A version is an ordered list of paragraphs with stable ids; line numbers are computed
 * for display at a fixed line length (never stored as the reference); an amendment changes whole
 * paragraphs by id; adopted amendments merge into a new version by a three-way merge per paragraph.
 */
import type { ErrorReason } from './errors';

/** One paragraph of a version: its id survives every edit that does not touch it. */
export interface TextParagraph {
  id: string;
  text: string;
}

/** The characters of one line at most (graphemes: an Arabic letter with its vowel marks, an emoji, count one). */
export const TEXT_LINE_LENGTH = 80;
/** Bounds of a version, checked by the API and the web's forms. */
export const TEXT_LIMITS = { paragraphs: 300, paragraphLength: 10_000, titleLength: 200, reasonLength: 4_000 } as const;

const graphemes = new Intl.Segmenter('und', { granularity: 'grapheme' });

/**
 * Characters that may join the one before into one grapheme (marks, joiners, variation selectors,
 * conjoining Hangul, surrogate pairs) or a CR LF: without any, a string has one grapheme per UTF-16
 * unit and the segmenter (slow) is not needed.
 */
const MAY_JOIN = /\p{M}|\u200C|\u200D|\p{Variation_Selector}|[\u1100-\u11FF]|\r\n/u;
/** Half of a surrogate pair (a character beyond the first plane: emoji, ...): tested without the u flag, which would read the pair as one. */
const SURROGATE = /[\uD800-\uDFFF]/;

/** How many user-perceived characters a string has (not UTF-16 units: Arabic marks and emoji count right). */
export function graphemeCount(text: string): number {
  if (!MAY_JOIN.test(text) && !SURROGATE.test(text)) return text.length;
  let count = 0;
  for (const _ of graphemes.segment(text)) count += 1;
  return count;
}

function graphemeList(text: string): string[] {
  return Array.from(graphemes.segment(text), (s) => s.segment);
}

/** A word with the spaces after it (a line may end in spaces; they do not count toward its length). */
function wordsWithTrailingSpace(text: string): string[] {
  return text.match(/\S+\s*|\s+/gu) ?? [];
}

/**
 * Wraps one paragraph into lines of at most `lineLength` graphemes (trailing spaces not counted),
 * breaking between words and inside a word only when the word alone is longer than a line; a line
 * break in the text starts a new line. The lines joined give back the text exactly.
 */
export function wrapParagraph(text: string, lineLength = TEXT_LINE_LENGTH): string[] {
  const lines: string[] = [];
  const hardLines = text.split('\n');
  for (const [index, hardLine] of hardLines.entries()) {
    const last = index === hardLines.length - 1;
    const suffix = last ? '' : '\n';
    let line = '';
    let width = 0;
    const push = () => {
      lines.push(line);
      line = '';
      width = 0;
    };
    for (const token of wordsWithTrailingSpace(hardLine)) {
      const word = token.trimEnd();
      const wordWidth = graphemeCount(word);
      if (width > 0 && width + wordWidth > lineLength) push();
      if (wordWidth <= lineLength) {
        line += token;
        width += graphemeCount(token);
        continue;
      }
      // A word longer than a line is cut at grapheme boundaries.
      const parts = graphemeList(token);
      for (const part of parts) {
        if (width >= lineLength && part.trim() !== '') push();
        line += part;
        width += 1;
      }
    }
    line += suffix;
    if (line !== '' || lines.length === 0 || !last) lines.push(line);
  }
  return lines;
}

/** A paragraph with its computed lines: `firstLine` is the number of its first line (from 1). */
export interface NumberedParagraph extends TextParagraph {
  firstLine: number;
  lines: string[];
}

/** Numbers the lines of a version: numbers run through the paragraphs in order, from 1. */
export function numberLines(paragraphs: readonly TextParagraph[], lineLength = TEXT_LINE_LENGTH): NumberedParagraph[] {
  let next = 1;
  return paragraphs.map((paragraph) => {
    const lines = wrapParagraph(paragraph.text, lineLength);
    const numbered = { ...paragraph, firstLine: next, lines };
    next += lines.length;
    return numbered;
  });
}

/** "lines 12-15" of a paragraph in a version, for citing; null when the paragraph is not in it. */
export function paragraphLineRange(
  paragraphs: readonly TextParagraph[],
  paragraphId: string,
  lineLength = TEXT_LINE_LENGTH,
): { from: number; to: number } | null {
  const numbered = numberLines(paragraphs, lineLength).find((p) => p.id === paragraphId);
  return numbered ? { from: numbered.firstLine, to: numbered.firstLine + numbered.lines.length - 1 } : null;
}

/** One change an amendment makes: a paragraph's new wording, its deletion, or a new paragraph after one (null: at the start). */
export type ParagraphChange =
  | { kind: 'REPLACE'; paragraphId: string; text: string }
  | { kind: 'DELETE'; paragraphId: string }
  | { kind: 'INSERT_AFTER'; paragraphId: string; afterId: string | null; text: string };

/** The paragraph a change is about, for overlaps: a new paragraph is about the one it follows. */
export function changeAnchor(change: ParagraphChange): string {
  return change.kind === 'INSERT_AFTER' ? `after:${change.afterId ?? ''}` : change.paragraphId;
}

/** The paragraphs of its version an amendment touches (replaced, deleted, or followed by a new one). */
export function touchedParagraphs(changes: readonly ParagraphChange[]): string[] {
  return [...new Set(changes.map((c) => (c.kind === 'INSERT_AFTER' ? (c.afterId ?? '') : c.paragraphId)))];
}

/** Why a list of changes cannot apply to a version, or null when it can. */
export function checkChanges(paragraphs: readonly TextParagraph[], changes: readonly ParagraphChange[]): ErrorReason | null {
  const ids = new Set(paragraphs.map((p) => p.id));
  const seen = new Set<string>();
  if (changes.length === 0) return 'EMPTY_TEXT';
  for (const change of changes) {
    if (seen.has(change.paragraphId)) return 'DUPLICATE_ENTRY';
    seen.add(change.paragraphId);
    if (change.kind === 'INSERT_AFTER') {
      if (ids.has(change.paragraphId)) return 'DUPLICATE_ENTRY';
      if (change.afterId !== null && !ids.has(change.afterId)) return 'PARAGRAPH_NOT_IN_VERSION';
    } else if (!ids.has(change.paragraphId)) return 'PARAGRAPH_NOT_IN_VERSION';
    if (change.kind !== 'DELETE') {
      if (change.text.trim() === '') return 'EMPTY_TEXT';
      if (change.text.length > TEXT_LIMITS.paragraphLength) return 'TEXT_TOO_LONG';
    }
  }
  return null;
}

/**
 * Applies changes to a version (they must pass checkChanges): replaced paragraphs keep their id,
 * deleted ones go, new ones follow their anchor in the order the changes give them.
 */
export function applyChanges(paragraphs: readonly TextParagraph[], changes: readonly ParagraphChange[]): TextParagraph[] {
  const replaced = new Map<string, string>();
  const deleted = new Set<string>();
  const inserted = new Map<string, TextParagraph[]>();
  for (const change of changes) {
    if (change.kind === 'REPLACE') replaced.set(change.paragraphId, change.text);
    else if (change.kind === 'DELETE') deleted.add(change.paragraphId);
    else {
      const key = change.afterId ?? '';
      inserted.set(key, [...(inserted.get(key) ?? []), { id: change.paragraphId, text: change.text }]);
    }
  }
  const result: TextParagraph[] = [...(inserted.get('') ?? [])];
  for (const paragraph of paragraphs) {
    if (!deleted.has(paragraph.id)) result.push({ id: paragraph.id, text: replaced.get(paragraph.id) ?? paragraph.text });
    result.push(...(inserted.get(paragraph.id) ?? []));
  }
  return result;
}

/**
 * Groups amendments that overlap: two overlap when they touch the same paragraph of the text (its
 * id, whichever version they were written on). Groups of one are left out; each group lists its
 * amendments in the given order, groups in the order of their first amendment.
 */
export function overlapGroups(amendments: readonly { id: string; changes: readonly ParagraphChange[] }[]): string[][] {
  const parent = new Map<string, string>(amendments.map((a) => [a.id, a.id]));
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root) as string;
    parent.set(id, root);
    return root;
  };
  const byParagraph = new Map<string, string>();
  for (const amendment of amendments) {
    for (const paragraphId of touchedParagraphs(amendment.changes)) {
      const other = byParagraph.get(paragraphId);
      if (other === undefined) byParagraph.set(paragraphId, amendment.id);
      else parent.set(find(amendment.id), find(other));
    }
  }
  const groups = new Map<string, string[]>();
  for (const amendment of amendments) {
    const root = find(amendment.id);
    groups.set(root, [...(groups.get(root) ?? []), amendment.id]);
  }
  return [...groups.values()].filter((group) => group.length > 1);
}

/**
 * The paragraphs an amendment targets that changed since the version it was written on (their
 * wording now differs, or they are gone): the amendment is then shown against its own version and
 * flagged.
 */
export function staleParagraphs(
  base: readonly TextParagraph[],
  current: readonly TextParagraph[],
  changes: readonly ParagraphChange[],
): string[] {
  const now = new Map(current.map((p) => [p.id, p.text]));
  const then = new Map(base.map((p) => [p.id, p.text]));
  return touchedParagraphs(changes).filter((id) => id !== '' && now.get(id) !== then.get(id));
}

/** An adopted amendment to merge: the version it was written on and its changes. */
export interface AmendmentToMerge {
  id: string;
  base: readonly TextParagraph[];
  changes: readonly ParagraphChange[];
}

/** A paragraph both sides changed since the amendment's version: both wordings (null = deleted) for the coordinator. */
export interface MergeCollision {
  amendmentId: string;
  paragraphId: string;
  base: string | null;
  ours: string | null;
  theirs: string | null;
}

/** What a merge gives: the new paragraphs, the amendments merged whole, the collisions left to resolve. */
export interface MergeResult {
  paragraphs: TextParagraph[];
  merged: string[];
  collisions: MergeCollision[];
}

/**
 * Merges adopted amendments into the current version, in the given order, by a three-way merge per
 * paragraph (base = the amendment's version, theirs = the amendment's wording, ours = the current
 * text with the amendments merged before it). A paragraph that did not change since the base takes
 * the amendment's wording; one that changed on both sides (to different wordings) is a collision.
 * An amendment with a collision is not merged at all (none of its changes apply) and waits for a
 * coordinator, who sees both wordings; new paragraphs never collide. Deterministic, and no word of
 * either side is lost: every wording is in the result or in a collision.
 */
export function mergeAmendments(current: readonly TextParagraph[], amendments: readonly AmendmentToMerge[]): MergeResult {
  let paragraphs = current.map((p) => ({ ...p }));
  const merged: string[] = [];
  const collisions: MergeCollision[] = [];
  for (const amendment of amendments) {
    const ours = new Map(paragraphs.map((p) => [p.id, p.text]));
    const base = new Map(amendment.base.map((p) => [p.id, p.text]));
    const found: MergeCollision[] = [];
    for (const change of amendment.changes) {
      if (change.kind === 'INSERT_AFTER') continue;
      const baseText = base.get(change.paragraphId) ?? null;
      const ourText = ours.get(change.paragraphId) ?? null;
      const theirText = change.kind === 'DELETE' ? null : change.text;
      if (ourText === baseText || ourText === theirText) continue;
      found.push({ amendmentId: amendment.id, paragraphId: change.paragraphId, base: baseText, ours: ourText, theirs: theirText });
    }
    if (found.length > 0) {
      collisions.push(...found);
      continue;
    }
    paragraphs = applyOnto(paragraphs, amendment);
    merged.push(amendment.id);
  }
  return { paragraphs, merged, collisions };
}

/** Applies an amendment that does not collide onto the current paragraphs (its anchors may have moved or gone). */
function applyOnto(paragraphs: TextParagraph[], amendment: AmendmentToMerge): TextParagraph[] {
  const present = new Set(paragraphs.map((p) => p.id));
  const inBase = new Set(amendment.base.map((p) => p.id));
  const changes = amendment.changes.flatMap((change): ParagraphChange[] => {
    if (change.kind === 'INSERT_AFTER') {
      if (present.has(change.paragraphId)) return []; // already merged (the same amendment twice)
      const anchor = survivingAnchor(amendment.base, change.afterId, present);
      return [{ ...change, afterId: afterNewerParagraphs(paragraphs, anchor, inBase) }];
    }
    return present.has(change.paragraphId) ? [change] : []; // deleted on both sides: nothing to do
  });
  return applyChanges(paragraphs, changes);
}

/**
 * New paragraphs go after those added at the same place since the amendment's version (earlier
 * amendments first): skip, after the anchor, the paragraphs its version did not have.
 */
function afterNewerParagraphs(paragraphs: readonly TextParagraph[], anchor: string | null, inBase: Set<string>): string | null {
  let index = anchor === null ? -1 : paragraphs.findIndex((p) => p.id === anchor);
  while (index + 1 < paragraphs.length && !inBase.has(paragraphs[index + 1].id)) index += 1;
  return index < 0 ? null : paragraphs[index].id;
}

/** The paragraph a new one follows: its anchor, or the nearest one before it in the base that still exists. */
function survivingAnchor(base: readonly TextParagraph[], afterId: string | null, present: Set<string>): string | null {
  if (afterId === null) return null;
  const index = base.findIndex((p) => p.id === afterId);
  for (let i = index; i >= 0; i -= 1) if (present.has(base[i].id)) return base[i].id;
  return null;
}

/**
 * A coordinator's wording for each collided paragraph of one amendment (null = the paragraph goes):
 * the amendment's other changes apply as they do without a collision.
 */
export function resolveCollisions(
  current: readonly TextParagraph[],
  amendment: AmendmentToMerge,
  wordings: ReadonlyMap<string, string | null>,
): TextParagraph[] {
  const changes = amendment.changes.map((change): ParagraphChange => {
    if (change.kind === 'INSERT_AFTER' || !wordings.has(change.paragraphId)) return change;
    const wording = wordings.get(change.paragraphId) ?? null;
    return wording === null
      ? { kind: 'DELETE', paragraphId: change.paragraphId }
      : { kind: 'REPLACE', paragraphId: change.paragraphId, text: wording };
  });
  const present = new Set(current.map((p) => p.id));
  const pending = changes.filter((c) => c.kind === 'INSERT_AFTER' || present.has(c.paragraphId) || wordings.get(c.paragraphId));
  // A collided paragraph that is gone now comes back after its base neighbour when the coordinator keeps a wording.
  const revived = pending.map((change): ParagraphChange => {
    if (change.kind !== 'REPLACE' || present.has(change.paragraphId)) return change;
    const index = amendment.base.findIndex((p) => p.id === change.paragraphId);
    const before = index > 0 ? amendment.base[index - 1].id : null;
    return { kind: 'INSERT_AFTER', paragraphId: change.paragraphId, afterId: before, text: change.text };
  });
  return applyOnto([...current], { ...amendment, changes: revived });
}

/**
 * Whether a closed vote adopts the amendment, block or text it was about: its first option (For)
 * has more votes than its second (Against) and the quorum was reached. Null when the vote does
 * not have the two (it then decides nothing here).
 */
export function voteAdopts(vote: { options: readonly string[]; counts: readonly number[]; quorumReached: boolean }): boolean | null {
  if (vote.options.length < 2) return null;
  return vote.quorumReached && (vote.counts[0] ?? 0) > (vote.counts[1] ?? 0);
}
