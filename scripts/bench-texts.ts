/**
 * npm run bench:texts: how fast is the change view of a big text (issue 15)?
 *
 * A 200-paragraph text (French and Arabic, ~60 words a paragraph) with 100 amendments (each
 * replacing, deleting or inserting 1 to 3 paragraphs, half of them overlapping others): what the
 * text page computes to show every amendment as a change in place (line numbers of the version,
 * overlap groups, a word diff per touched paragraph), and the merge of all of them into a new
 * version. Baseline in the same process: splitting every paragraph into words (the least any word
 * diff must do). Printed: median and p95 over the runs, and the ratio to the baseline.
 * Not a test: figures depend on the machine. Env: BENCH_TEXTS_RUNS (default 30).
 */
import { performance } from 'node:perf_hooks';
import {
  mergeAmendments,
  numberLines,
  overlapGroups,
  wordDiff,
  wordTokens,
  type AmendmentToMerge,
  type ParagraphChange,
  type TextParagraph,
} from '../packages/domain/src';

const RUNS = Number(process.env.BENCH_TEXTS_RUNS || 30);
const FR = 'le droit au logement digne pour toutes les personnes exilées doit être garanti par la préfecture et les communes'.split(' ');
const AR = 'يجب على الدولة أن تضمن الحق في السكن اللائق لكل اللاجئين واللاجئات دون تمييز وفي أقرب الآجال'.split(' ');

let seed = 42;
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];
const sentence = (words: string[], n: number) => Array.from({ length: n }, () => pick(words)).join(' ');

const paragraphs: TextParagraph[] = Array.from({ length: 200 }, (_, i) => ({
  id: `p${i}`,
  text: sentence(i % 3 === 2 ? AR : FR, 60) + '.',
}));
const amendments: AmendmentToMerge[] = Array.from({ length: 100 }, (_, k) => {
  const touched = new Set<number>();
  while (touched.size < 1 + (k % 3)) touched.add(k % 2 ? Math.floor(random() * 200) : Math.floor(random() * 40));
  const changes = [...touched].map((i): ParagraphChange => {
    const kind = k % 7 === 0 ? 'DELETE' : k % 5 === 0 ? 'INSERT_AFTER' : 'REPLACE';
    if (kind === 'DELETE') return { kind, paragraphId: `p${i}` };
    if (kind === 'INSERT_AFTER') return { kind, paragraphId: `a${k}-${i}`, afterId: `p${i}`, text: sentence(FR, 40) };
    const words = paragraphs[i].text.split(' ');
    for (let w = 0; w < 6; w++) words[Math.floor(random() * words.length)] = pick(i % 3 === 2 ? AR : FR);
    return { kind, paragraphId: `p${i}`, text: words.join(' ') };
  });
  return { id: `A${k}`, base: paragraphs, changes };
});

/** What the text page computes: lines, overlaps, and each amendment's change in place. */
function changeView() {
  const numbered = numberLines(paragraphs);
  const byId = new Map(numbered.map((p) => [p.id, p]));
  const groups = overlapGroups(amendments);
  let parts = 0;
  for (const a of amendments)
    for (const c of a.changes) {
      const before = c.kind === 'INSERT_AFTER' ? '' : (byId.get(c.paragraphId)?.text ?? '');
      parts += wordDiff(before, c.kind === 'DELETE' ? '' : c.text).length;
    }
  return parts + groups.length;
}

function baseline() {
  let words = 0;
  for (const a of amendments)
    for (const c of a.changes) {
      words += wordTokens(c.kind === 'INSERT_AFTER' ? '' : (paragraphs[Number(c.paragraphId.slice(1))]?.text ?? '')).length;
      if (c.kind !== 'DELETE') words += wordTokens(c.text).length;
    }
  return words;
}

function measure(label: string, work: () => unknown) {
  work();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  return { label, median, p95: times[Math.floor(times.length * 0.95)] };
}

const rows = [
  measure('baseline: split every touched paragraph into words', baseline),
  measure('change view (lines, overlaps, word diffs)', changeView),
  measure('merge all 100 into a new version', () => mergeAmendments(paragraphs, amendments)),
];
const base = rows[0].median;
console.log(`200 paragraphs, 100 amendments (${amendments.reduce((n, a) => n + a.changes.length, 0)} changes), ${RUNS} runs`);
for (const r of rows)
  console.log(
    `${r.label.padEnd(55)} median ${r.median.toFixed(1).padStart(7)} ms  p95 ${r.p95.toFixed(1).padStart(7)} ms  x${(r.median / base).toFixed(1)}`,
  );
