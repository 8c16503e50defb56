import { describe, expect, it } from 'vitest';
import type { ClaimListRow } from '../../shared/ipc/claim-list-row';
import { haystackOf } from './search-index';
import { holdsTerm, queryTerms } from './term-match';
import { buildWordIndex } from './word-index';
import type { WordIndex } from './word-index';

const WORDS = [
  'Troops',
  'troops,',
  '100,000',
  'NATO’s',
  'Łukaszenka',
  'the',
  'theatre',
  'other',
  '"largest"',
  'since',
  'Cold',
  'War.',
  'février',
  '2022',
  // Lowercased by context (a final sigma) or into two characters: each field is lowercased apart.
  'ΟΔΟΣ',
  'İSTANBUL',
];

/** A small deterministic generator, so a failure names the seed that made it. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

function phrase(next: () => number, length: number): string {
  const words: string[] = [];
  for (let i = 0; i < length; i++) words.push(WORDS[Math.floor(next() * WORDS.length)]!);
  // Whitespace of several kinds, as pasted drafts have it.
  return words.join(next() < 0.2 ? '\u00a0' : next() < 0.1 ? '\n\t' : ' ');
}

function claims(count: number, seed: number): ClaimListRow[] {
  const next = random(seed);
  return Array.from(
    { length: count },
    (_, i) =>
      ({
        id: `c${i}`,
        text: phrase(next, 1 + Math.floor(next() * 4)),
        // A row carries no sentence when it is the claim's text.
        sentence: next() < 0.2 ? undefined : phrase(next, Math.floor(next() * 12)),
        documentTitle: next() < 0.5 ? 'Belarus drills' : 'Draft: the “Allied Resolve”',
      }) as unknown as ClaimListRow,
  );
}

/** Runs the build's steps one after another, as idle callbacks would. */
function buildNow(rows: readonly ClaimListRow[]): WordIndex {
  const queue: (() => void)[] = [];
  let built: WordIndex | null = null;
  buildWordIndex(
    rows,
    1,
    (step) => {
      queue.push(step);
      return () => {};
    },
    (index) => (built = index),
  );
  while (queue.length > 0) queue.shift()!();
  if (!built) throw new Error('the index was not built');
  return built;
}

function scan(rows: readonly ClaimListRow[], words: readonly string[]): number[] {
  return rows.flatMap((row, i) => (words.every((word) => holdsTerm(haystackOf(row), word)) ? [i] : []));
}

function flagged(flags: Uint8Array): number[] {
  return [...flags].flatMap((flag, i) => (flag ? [i] : []));
}

describe('the word index', () => {
  const rows = claims(5000, 7);
  const index = buildNow(rows);

  it('finds exactly the claims a scan of every haystack finds, for words, their beginnings and several words', () => {
    const queries = [
      'troops',
      'roo',
      'troo',
      '000',
      'her',
      'kaszenka',
      't',
      '00,0',
      ',',
      'nato’s',
      'łukasz',
      'the other',
      'the the',
      '"largest" cold',
      'war. 2022 fév',
      'allied',
      'draft: “allied',
      'nothing-like-this',
      'e s',
      'οδος',
      'οδοσ',
      'istanbul',
      'i̇stanbul',
    ];
    for (const query of queries) {
      const words = queryTerms(query);
      expect(flagged(index.matchAll(words)), query).toEqual(scan(rows, words));
    }
  });

  it('agrees with the scan on random parts of the haystacks', () => {
    const next = random(11);
    for (let n = 0; n < 200; n++) {
      const source = haystackOf(rows[Math.floor(next() * rows.length)]!);
      const start = Math.floor(next() * source.length);
      const word = source.slice(start, start + 1 + Math.floor(next() * 6)).split(/\s+/)[0]!;
      if (!word) continue;
      expect(flagged(index.matchAll([word])), word).toEqual(scan(rows, [word]));
    }
  });

  it('stops when cancelled', () => {
    const queue: (() => void)[] = [];
    let built = false;
    const cancel = buildWordIndex(
      claims(10_000, 3),
      1,
      (step) => {
        queue.push(step);
        return () => queue.splice(queue.indexOf(step), 1);
      },
      () => (built = true),
    );
    queue.shift()!();
    cancel();
    expect(queue).toHaveLength(0);
    expect(built).toBe(false);
  });
});
