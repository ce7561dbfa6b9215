import fc from 'fast-check';
import {
  applyChanges,
  checkChanges,
  graphemeCount,
  mergeAmendments,
  numberLines,
  overlapGroups,
  paragraphLineRange,
  resolveCollisions,
  staleParagraphs,
  voteAdopts,
  wrapParagraph,
  type ParagraphChange,
  type TextParagraph,
} from './texts';
import { compareVersions, wordDiff } from './text-diff';

const ARABIC = 'يَجِبُ على الدولة أن تضمن الحق في السكن اللائق لكل اللاجئين واللاجئات دون تمييز';
const word = fc.oneof(
  fc.constantFrom('droit', 'logement', 'السكن', 'اللائق', 'حقوق', 'مهاجر', 'accès', '👩🏽‍⚖️', 'e\u0301cole', 'x'.repeat(30)),
  fc.string({ minLength: 1, maxLength: 12, unit: 'grapheme' }).map((s) => s.replace(/\s/gu, '') || 'a'),
);
const sentence = fc.array(word, { minLength: 1, maxLength: 40 }).map((ws) => ws.join(' '));
const body = fc
  .array(sentence, { minLength: 1, maxLength: 12 })
  .map((texts): TextParagraph[] => texts.map((text, i) => ({ id: `p${i}`, text })));

/** Words of a text, as a multiset-free list (what "never loses a word" counts). */
const wordsOf = (text: string | null) => (text ?? '').split(/\s+/u).filter(Boolean);

describe('wrapParagraph', () => {
  it('gives back the paragraph exactly when its lines are joined', () => {
    fc.assert(fc.property(sentence, fc.integer({ min: 5, max: 90 }), (text, length) => wrapParagraph(text, length).join('') === text));
  });

  it('keeps every line within the line length, counted in graphemes, trailing spaces aside', () => {
    fc.assert(
      fc.property(sentence, fc.integer({ min: 5, max: 90 }), (text, length) =>
        wrapParagraph(text, length).every((line) => graphemeCount(line.trimEnd()) <= length),
      ),
    );
  });

  it('counts graphemes exactly as the Unicode segmenter does (its fast path for plain text included)', () => {
    const segmenter = new Intl.Segmenter('und', { granularity: 'grapheme' });
    fc.assert(
      fc.property(fc.oneof(sentence, fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' })), (text) => {
        return graphemeCount(text) === [...segmenter.segment(text)].length;
      }),
    );
  });

  it('counts an Arabic letter with its vowel marks as one character, not by UTF-16 units', () => {
    const voweled = 'يَجِبُ';
    expect(voweled.length).toBe(6);
    expect(graphemeCount(voweled)).toBe(3);
    // 20 voweled words of 3 letters: 80 graphemes with spaces, far more UTF-16 units.
    const text = Array(20).fill(voweled).join(' ');
    expect(wrapParagraph(text, 80)).toHaveLength(1);
  });

  it('never cuts an Arabic word between two lines when it fits on one', () => {
    for (const line of wrapParagraph(ARABIC, 20)) expect(ARABIC.split(' ')).toEqual(expect.arrayContaining(line.trim().split(' ')));
  });
});

describe('numberLines', () => {
  it('numbers lines from 1 through the paragraphs, without gaps', () => {
    fc.assert(
      fc.property(body, (paragraphs) => {
        const numbered = numberLines(paragraphs, 40);
        let expected = 1;
        for (const p of numbered) {
          if (p.firstLine !== expected) return false;
          expected += p.lines.length;
        }
        return true;
      }),
    );
  });

  it('keeps the line numbers of the paragraphs before a changed one (stable for citing within a version)', () => {
    fc.assert(
      fc.property(body, fc.nat(), sentence, (paragraphs, at, text) => {
        const index = at % paragraphs.length;
        const changed = paragraphs.map((p, i) => (i === index ? { ...p, text } : p));
        const before = numberLines(paragraphs, 40).slice(0, index + 1);
        const after = numberLines(changed, 40).slice(0, index + 1);
        return before.every((p, i) => p.firstLine === after[i].firstLine);
      }),
    );
  });

  it('gives the same numbers for the same version every time', () => {
    fc.assert(fc.property(body, (paragraphs) => JSON.stringify(numberLines(paragraphs)) === JSON.stringify(numberLines(paragraphs))));
  });

  it('labels a paragraph with its line range', () => {
    const paragraphs = [
      { id: 'a', text: 'one two three four' },
      { id: 'b', text: 'five six seven eight nine' },
    ];
    expect(paragraphLineRange(paragraphs, 'b', 10)).toEqual({ from: 3, to: 5 });
    expect(paragraphLineRange(paragraphs, 'zz', 10)).toBeNull();
  });
});

describe('applyChanges', () => {
  const base = [
    { id: 'a', text: 'Alpha.' },
    { id: 'b', text: 'Bravo.' },
    { id: 'c', text: 'Charlie.' },
  ];

  it('replaces, deletes and inserts by paragraph id, keeping the other paragraphs and their ids', () => {
    const changes: ParagraphChange[] = [
      { kind: 'REPLACE', paragraphId: 'a', text: 'Alpha prime.' },
      { kind: 'DELETE', paragraphId: 'b' },
      { kind: 'INSERT_AFTER', paragraphId: 'n1', afterId: 'c', text: 'Delta.' },
      { kind: 'INSERT_AFTER', paragraphId: 'n0', afterId: null, text: 'Preamble.' },
    ];
    expect(checkChanges(base, changes)).toBeNull();
    expect(applyChanges(base, changes)).toEqual([
      { id: 'n0', text: 'Preamble.' },
      { id: 'a', text: 'Alpha prime.' },
      { id: 'c', text: 'Charlie.' },
      { id: 'n1', text: 'Delta.' },
    ]);
  });

  it('refuses a paragraph that is not in the version, a change twice to one paragraph, an empty wording', () => {
    expect(checkChanges(base, [{ kind: 'DELETE', paragraphId: 'zz' }])).toBe('PARAGRAPH_NOT_IN_VERSION');
    expect(checkChanges(base, [{ kind: 'INSERT_AFTER', paragraphId: 'n', afterId: 'zz', text: 'x' }])).toBe('PARAGRAPH_NOT_IN_VERSION');
    expect(
      checkChanges(base, [
        { kind: 'DELETE', paragraphId: 'a' },
        { kind: 'REPLACE', paragraphId: 'a', text: 'x' },
      ]),
    ).toBe('DUPLICATE_ENTRY');
    expect(checkChanges(base, [{ kind: 'REPLACE', paragraphId: 'a', text: '  ' }])).toBe('EMPTY_TEXT');
    expect(checkChanges(base, [])).toBe('EMPTY_TEXT');
  });
});

describe('overlapGroups', () => {
  it('groups amendments that touch the same paragraph id, transitively, and leaves the others out', () => {
    const groups = overlapGroups([
      { id: '1', changes: [{ kind: 'REPLACE', paragraphId: 'a', text: 'x' }] },
      { id: '2', changes: [{ kind: 'DELETE', paragraphId: 'c' }] },
      {
        id: '3',
        changes: [
          { kind: 'DELETE', paragraphId: 'a' },
          { kind: 'REPLACE', paragraphId: 'b', text: 'y' },
        ],
      },
      { id: '4', changes: [{ kind: 'INSERT_AFTER', paragraphId: 'n', afterId: 'b', text: 'z' }] },
      { id: '5', changes: [{ kind: 'REPLACE', paragraphId: 'd', text: 'w' }] },
    ]);
    expect(groups).toEqual([['1', '3', '4']]);
  });
});

describe('staleParagraphs', () => {
  it('flags an amendment whose targeted paragraphs changed since the version it was written on', () => {
    const base = [
      { id: 'a', text: 'Alpha.' },
      { id: 'b', text: 'Bravo.' },
    ];
    const current = [{ id: 'a', text: 'Alpha, amended.' }, base[1]];
    expect(staleParagraphs(base, current, [{ kind: 'REPLACE', paragraphId: 'a', text: 'x' }])).toEqual(['a']);
    expect(staleParagraphs(base, current, [{ kind: 'REPLACE', paragraphId: 'b', text: 'x' }])).toEqual([]);
  });
});

/** A random amendment on a body: a few of its paragraphs replaced, deleted, or followed by a new one. */
function amendmentOn(paragraphs: TextParagraph[], tag: string) {
  return fc
    .uniqueArray(fc.nat({ max: paragraphs.length - 1 }), { minLength: 1, maxLength: 3 })
    .chain((indices) =>
      fc.tuple(
        ...indices.map((i) =>
          fc.tuple(fc.constantFrom('REPLACE', 'DELETE', 'INSERT_AFTER'), sentence).map(([kind, text]) => ({ i, kind, text })),
        ),
      ),
    )
    .map((picks) =>
      picks.map(({ i, kind, text }): ParagraphChange => {
        const id = paragraphs[i].id;
        if (kind === 'DELETE') return { kind, paragraphId: id };
        if (kind === 'INSERT_AFTER') return { kind, paragraphId: `${tag}-new-${i}`, afterId: id, text: `${tag} ${text}` };
        return { kind: 'REPLACE', paragraphId: id, text: `${tag} ${text}` };
      }),
    );
}

const scenario = body.chain((paragraphs) =>
  fc.record({
    paragraphs: fc.constant(paragraphs),
    amendments: fc
      .array(fc.nat(), { minLength: 1, maxLength: 5 })
      .chain((tags) =>
        fc.tuple(...tags.map((_, k) => amendmentOn(paragraphs, `A${k}`).map((changes) => ({ id: `A${k}`, base: paragraphs, changes })))),
      ),
  }),
);

describe('mergeAmendments', () => {
  it('merges an amendment into its own version exactly as applying it', () => {
    fc.assert(
      fc.property(
        body.chain((paragraphs) => fc.tuple(fc.constant(paragraphs), amendmentOn(paragraphs, 'A'))),
        ([paragraphs, changes]) => {
          const result = mergeAmendments(paragraphs, [{ id: 'A', base: paragraphs, changes }]);
          return JSON.stringify(result.paragraphs) === JSON.stringify(applyChanges(paragraphs, changes)) && result.collisions.length === 0;
        },
      ),
    );
  });

  it('is deterministic: the same version and amendments give the same result', () => {
    fc.assert(
      fc.property(scenario, ({ paragraphs, amendments }) =>
        expect(mergeAmendments(paragraphs, amendments)).toEqual(mergeAmendments(paragraphs, structuredClone(amendments))),
      ),
    );
  });

  it('never loses a word of either side: every wording is in the new version or in a collision', () => {
    fc.assert(
      fc.property(scenario, ({ paragraphs, amendments }) => {
        const { paragraphs: merged, collisions, merged: mergedIds } = mergeAmendments(paragraphs, amendments);
        const kept = new Set(merged.flatMap((p) => wordsOf(p.text)));
        const collided = new Set(collisions.flatMap((c) => [...wordsOf(c.ours), ...wordsOf(c.theirs)]));
        const byId = new Map(amendments.map((a) => [a.id, a]));
        // Every merged amendment's new wording is there, and every collided amendment's wording is kept in its collision.
        for (const id of mergedIds)
          for (const change of byId.get(id)?.changes ?? [])
            if (change.kind !== 'DELETE' && !wordsOf(change.text).every((w) => kept.has(w))) {
              // A later merged amendment may have replaced a paragraph an earlier one wrote: only then is it gone.
              const overwritten = mergedIds.some(
                (other) =>
                  other > id && byId.get(other)?.changes.some((c) => c.kind !== 'INSERT_AFTER' && c.paragraphId === change.paragraphId),
              );
              if (!overwritten) return false;
            }
        for (const collision of collisions) if (!wordsOf(collision.theirs).every((w) => collided.has(w))) return false;
        // Ours: a paragraph of the current version leaves only by a merged amendment that changed it.
        for (const p of paragraphs) {
          const touched = mergedIds.some((id) => byId.get(id)?.changes.some((c) => c.kind !== 'INSERT_AFTER' && c.paragraphId === p.id));
          if (!touched && !wordsOf(p.text).every((w) => kept.has(w))) return false;
        }
        return true;
      }),
    );
  });

  it('reports a collision when two adopted amendments change the same paragraph differently, and merges neither half of the second', () => {
    const base = [
      { id: 'a', text: 'Le logement est un droit.' },
      { id: 'b', text: 'La santé aussi.' },
    ];
    const first = {
      id: '1',
      base,
      changes: [{ kind: 'REPLACE', paragraphId: 'a', text: 'Le logement digne est un droit.' }] as ParagraphChange[],
    };
    const second = {
      id: '2',
      base,
      changes: [
        { kind: 'REPLACE', paragraphId: 'a', text: 'Le logement est un droit fondamental.' },
        { kind: 'REPLACE', paragraphId: 'b', text: 'La santé est un droit aussi.' },
      ] as ParagraphChange[],
    };
    const result = mergeAmendments(base, [first, second]);
    expect(result.merged).toEqual(['1']);
    expect(result.paragraphs).toEqual([{ id: 'a', text: 'Le logement digne est un droit.' }, base[1]]);
    expect(result.collisions).toEqual([
      {
        amendmentId: '2',
        paragraphId: 'a',
        base: base[0].text,
        ours: 'Le logement digne est un droit.',
        theirs: 'Le logement est un droit fondamental.',
      },
    ]);
    const resolved = resolveCollisions(result.paragraphs, second, new Map([['a', 'Le logement digne est un droit fondamental.']]));
    expect(resolved).toEqual([
      { id: 'a', text: 'Le logement digne est un droit fondamental.' },
      { id: 'b', text: 'La santé est un droit aussi.' },
    ]);
  });

  it('puts new paragraphs at one place in the order the amendments were merged', () => {
    const base = [{ id: 'a', text: 'Alpha.' }];
    const insert = (id: string): { id: string; base: TextParagraph[]; changes: ParagraphChange[] } => ({
      id,
      base,
      changes: [{ kind: 'INSERT_AFTER', paragraphId: `new-${id}`, afterId: 'a', text: id }],
    });
    expect(mergeAmendments(base, [insert('1'), insert('2')]).paragraphs.map((p) => p.id)).toEqual(['a', 'new-1', 'new-2']);
  });

  it('does not count the same wording on both sides as a collision', () => {
    const base = [{ id: 'a', text: 'Alpha.' }];
    const same = (id: string) => ({ id, base, changes: [{ kind: 'REPLACE', paragraphId: 'a', text: 'Beta.' }] as ParagraphChange[] });
    expect(mergeAmendments(base, [same('1'), same('2')])).toMatchObject({ merged: ['1', '2'], collisions: [] });
  });
});

describe('wordDiff', () => {
  it('gives back both wordings exactly: kept and removed runs make the old one, kept and added the new one', () => {
    fc.assert(
      fc.property(sentence, sentence, (before, after) => {
        const changes = wordDiff(before, after);
        const old = changes.filter((c) => c.kind !== 'ADDED').map((c) => c.text);
        const now = changes.filter((c) => c.kind !== 'REMOVED').map((c) => c.text);
        return old.join('') === before && now.join('') === after;
      }),
    );
  });

  it('changes Arabic whole words, never single letters or vowel marks (which would break the joined shapes)', () => {
    const changes = wordDiff('على الدولة أن تضمن السكن', 'على الحكومة أن تضمن السَّكن اللائق');
    expect(changes.filter((c) => c.kind === 'REMOVED').map((c) => c.text.trim())).toEqual(['الدولة', 'السكن']);
    expect(changes.filter((c) => c.kind === 'ADDED').map((c) => c.text.trim())).toEqual(['الحكومة', 'السَّكن اللائق']);
  });
});

describe('compareVersions', () => {
  it('lists the paragraphs of the new version with their changes and the removed ones where they were', () => {
    const before = [
      { id: 'a', text: 'Alpha one.' },
      { id: 'b', text: 'Bravo.' },
      { id: 'c', text: 'Charlie.' },
    ];
    const after = [
      { id: 'a', text: 'Alpha two.' },
      { id: 'n', text: 'New.' },
      { id: 'c', text: 'Charlie.' },
    ];
    expect(compareVersions(before, after).map((p) => [p.paragraphId, p.status])).toEqual([
      ['a', 'CHANGED'],
      ['b', 'REMOVED'],
      ['n', 'ADDED'],
      ['c', 'SAME'],
    ]);
  });
});

describe('voteAdopts', () => {
  it('adopts when For beats Against with the quorum; a tie, no quorum or a single option do not', () => {
    const options = ['For', 'Against', 'Abstain'];
    expect(voteAdopts({ options, counts: [3, 2, 5], quorumReached: true })).toBe(true);
    expect(voteAdopts({ options, counts: [2, 2, 0], quorumReached: true })).toBe(false);
    expect(voteAdopts({ options, counts: [5, 0, 0], quorumReached: false })).toBe(false);
    expect(voteAdopts({ options: ['Yes'], counts: [5], quorumReached: true })).toBeNull();
  });
});
