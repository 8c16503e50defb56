import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CheckedClaim } from './checked-claim';
import { SeenIndex } from './seen-index';

interface Pair {
  a: string;
  b: string;
  match: boolean;
  why: string;
}

const { pairs } = JSON.parse(
  readFileSync(new URL('./fixtures/claim-pairs.json', import.meta.url), 'utf8'),
) as { pairs: Pair[] };

/** The thresholds this test holds the rules to; docs/checked-before.md reports the figures measured. */
const MIN_PRECISION = 0.95;
const MIN_RECALL = 0.9;

function checked(i: number, text: string): CheckedClaim {
  return {
    project: `/desk/project-${i % 7}`,
    projectTitle: `Project ${i % 7}`,
    documentId: 'd1',
    documentTitle: 'Draft',
    claimId: `c${i}`,
    quote: text,
    text,
    kind: 'event',
    status: 'verified',
    checkedAt: '2026-01-01T00:00:00.000Z',
    checker: 'Ana',
    note: '',
    citations: [],
  };
}

/** Every pair's earlier claim in one index, as the desk's memory holds them; each 'a' looked up in it. */
function measure(): { tp: number; fp: number; fn: number; tn: number; wrong: string[] } {
  const index = new SeenIndex();
  pairs.forEach((pair, i) => index.add(checked(i, pair.b)));
  const counts = { tp: 0, fp: 0, fn: 0, tn: 0, wrong: [] as string[] };
  pairs.forEach((pair, i) => {
    const found = index
      .lookup({ kind: 'event', text: pair.a, quote: pair.a })
      .some((m) => m.claim.claimId === `c${i}`);
    if (found && pair.match) counts.tp++;
    else if (found) counts.fp++;
    else if (pair.match) counts.fn++;
    else counts.tn++;
    if (found !== pair.match)
      counts.wrong.push(`${pair.match ? 'missed' : 'false match'}: ${pair.a} | ${pair.b}`);
  });
  return counts;
}

describe('Checked before: matching on labelled claim pairs', () => {
  it('has at least 100 pairs, matches and near-misses', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(100);
    expect(pairs.filter((p) => p.match).length).toBeGreaterThanOrEqual(40);
    expect(pairs.filter((p) => !p.match).length).toBeGreaterThanOrEqual(40);
  });

  it(`keeps precision at least ${MIN_PRECISION} and recall at least ${MIN_RECALL}`, () => {
    const { tp, fp, fn, tn, wrong } = measure();
    const precision = tp / (tp + fp);
    const recall = tp / (tp + fn);
    // Printed so docs/checked-before.md can report the figures of this run.
    console.log(
      `pairs ${pairs.length}: tp ${tp} fp ${fp} fn ${fn} tn ${tn}; precision ${precision.toFixed(3)} recall ${recall.toFixed(3)}\n${wrong.join('\n')}`,
    );
    expect(precision).toBeGreaterThanOrEqual(MIN_PRECISION);
    expect(recall).toBeGreaterThanOrEqual(MIN_RECALL);
  });

  it('never matches "2,400 paratroopers" to "100,000 soldiers"', () => {
    const index = new SeenIndex();
    index.add(checked(1, 'Russia has massed 100,000 soldiers on the border with Ukraine.'));
    const hits = index.lookup({
      kind: 'quantity',
      text: 'Russia sent 2,400 paratroopers to the border with Ukraine.',
      quote: '2,400 paratroopers',
    });
    expect(hits).toEqual([]);
  });
});
