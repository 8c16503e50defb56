// Measures the revision diff (`diffTexts`) on the edits a revised draft brings: a ~100 kB and a ~1 MB draft
// with a few figures changed, a paragraph moved and one deleted, and a 1,500-word paragraph rewritten past
// the diff's edit budget. The floor is splitting both texts into the tokens compared (paragraphs; words
// for the rewrite), which any diff must do first. Beside it, our edit script (shared/revisions/edit-script.ts) and jsdiff's
// `diffArrays` on the same token lists with the same budget: docs/revisions.md says why we keep ours.
// Run directly (`npx tsx scripts/bench/text-diff.ts`) to print JSON; `npm run bench` imports
// `measureTextDiff`.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { diffArrays } from 'diff';
import { editScript } from '../../shared/revisions/edit-script';
import { diffTexts } from '../../shared/revisions/text-diff';

const PARAGRAPHS = /[^\n]*\n|[^\n]+$/g;
const WORDS = /\s+|[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu;
import { buildDraft } from './extract-throughput';

export interface DiffCase {
  readonly label: string;
  readonly oldText: string;
  readonly newText: string;
  /** The tokens the costly comparison of this case runs on. */
  readonly unit: RegExp;
}

/** A revision of a draft: every 40th paragraph gets a changed figure, one paragraph moves, one goes. */
function revise(draft: string): string {
  const paragraphs = draft.split('\n');
  const edited = paragraphs.map((p, i) => (i % 40 === 7 ? p.replace(/\d+/, (d) => `${Number(d) + 17}`) : p));
  const moved = edited.splice(Math.floor(edited.length / 3), 1);
  edited.splice(Math.floor((edited.length * 2) / 3), 0, ...moved);
  edited.splice(Math.floor(edited.length / 2), 1);
  return edited.join('\n');
}

function rewrite(seed: number): string {
  return Array.from({ length: 1500 }, (_, i) => `w${(i * 7919 + seed) % 100_003}`).join(' ');
}

/** The texts every run compares (built once; deterministic). */
export function diffCases(): DiffCase[] {
  const small = buildDraft(100_000, 3);
  const large = buildDraft(1_000_000, 5);
  return [
    { label: 'revised_100kb', oldText: small, newText: revise(small), unit: PARAGRAPHS },
    { label: 'revised_1mb', oldText: large, newText: revise(large), unit: PARAGRAPHS },
    {
      label: 'rewritten_paragraph',
      oldText: `Kept.\n${rewrite(1)}\nKept too.\n`,
      newText: `Kept.\n${rewrite(2)}\nKept too.\n`,
      unit: WORDS,
    },
  ];
}

/** The floor: splitting both texts into the tokens the case's costly comparison runs on. */
function floor({ oldText, newText, unit }: DiffCase): number {
  return (oldText.match(unit) ?? []).length + (newText.match(unit) ?? []).length;
}

/** Median milliseconds of `runs` calls (after one warm-up call). */
export function medianMs(fn: () => unknown, runs: number): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return Number(times[Math.floor(runs / 2)]!.toFixed(2));
}

/** Runs the benchmark; every figure is named with its unit. */
export function measureTextDiff(runs = 9): Record<string, number> {
  const out: Record<string, number> = {};
  for (const c of diffCases()) {
    const diff = medianMs(() => diffTexts(c.oldText, c.newText), runs);
    const split = medianMs(() => floor(c), runs);
    out[`diff_${c.label}_ms`] = diff;
    out[`diff_${c.label}_split_floor_ms`] = split;
    out[`diff_${c.label}_ratio`] = Number((diff / split).toFixed(2));
    // The engines alone, on the same token ids, interleaved so load falls on both alike.
    const ids = new Map<string, number>();
    const idOf = (token: string) => ids.get(token) ?? (ids.set(token, ids.size), ids.size - 1);
    const a = (c.oldText.match(c.unit) ?? []).map(idOf);
    const b = (c.newText.match(c.unit) ?? []).map(idOf);
    const ours: number[] = [];
    const jsdiff: number[] = [];
    for (let i = 0; i < 3; i++) {
      ours.push(medianMs(() => editScript(a, b, 2000), runs));
      jsdiff.push(medianMs(() => diffArrays(a, b, { maxEditLength: 2000 }), runs));
    }
    const middle = (list: number[]) => list.sort((x, y) => x - y)[1]!;
    out[`diff_${c.label}_edit_script_ms`] = middle(ours);
    out[`diff_${c.label}_jsdiff_ms`] = middle(jsdiff);
    out[`diff_${c.label}_jsdiff_over_edit_script`] = Number((middle(jsdiff) / middle(ours)).toFixed(2));
  }
  return out;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  console.log(JSON.stringify(measureTextDiff(), null, 2));
}
