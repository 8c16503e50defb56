import { describe, expect, it } from 'vitest';
import type { ColumnSort } from '@tanstack/react-table';
import type { ClaimStatus } from '../../shared/domain/enums';
import type { ClaimListRow } from '../../shared/ipc/claim-list-row';
import { ClaimsStore } from '../claims/claims-store';
import { matches, NO_FILTER } from './claim-filter';
import type { ClaimFilter } from './claim-filter';
import { ClaimOrder } from './claim-order';
import { compareClaims, sortContext } from './claim-sorting';
import { buildWordIndex } from './word-index';
import type { WordIndex } from './word-index';

const STATUSES: readonly ClaimStatus[] = ['unchecked', 'verified', 'disputed', 'unsourced'];

function claim(i: number, status: ClaimStatus = 'unchecked'): ClaimListRow {
  return {
    id: `c${i}`,
    documentId: `d${i % 3}`,
    documentTitle: `Draft ${'CBA'[i % 3]}`,
    start: i * 10,
    end: i * 10 + 5,
    text: i % 2 ? `Troops moved ${i}` : `prices rose ${i}`,
    quote: i % 2 ? `${i}` : `rose ${i}`,
    sentence: '',
    kind: i % 4 ? 'quantity' : 'date',
    score: ((i * 37) % 100) / 100,
    status,
    citationCount: 0,
    updatedAt: `2026-01-${String(1 + (i % 28)).padStart(2, '0')}T00:00:00.000Z`,
  } as unknown as ClaimListRow;
}

/** What the table must show, computed the slow way: every claim tested, then a full sort. */
function expected(store: ClaimsStore, filter: ClaimFilter, sorting: readonly ColumnSort[]): string[] {
  const claims = store.all();
  const context = sortContext(claims);
  return claims
    .map((c, position) => ({ c, position }))
    .filter(({ c }) => matches(c, filter))
    .sort((a, b) => compareClaims(sorting, context, a.c, a.position, b.c, b.position))
    .map(({ c }) => c.id);
}

function indexOf(store: ClaimsStore): WordIndex {
  let built: WordIndex | null = null;
  buildWordIndex(
    store.all(),
    store.textVersion,
    (step) => (step(), () => {}),
    (index) => (built = index),
  );
  return built!;
}

/** A small deterministic generator, so a failure names the seed that made it. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

describe('the claims table’s order', () => {
  it('answers from its last pass when nothing changed (the same array)', () => {
    const store = new ClaimsStore();
    store.load(Array.from({ length: 20 }, (_, i) => claim(i)));
    const order = new ClaimOrder();
    const first = order.ids(store, NO_FILTER, [], null);
    expect(order.ids(store, NO_FILTER, [], null)).toBe(first);
    expect(first).toEqual(store.all().map((c) => c.id));
  });

  it('keeps the same array after a mark that moves no claim in or out or along', () => {
    const store = new ClaimsStore();
    store.load(Array.from({ length: 20 }, (_, i) => claim(i)));
    const order = new ClaimOrder();
    const sorting = [{ id: 'score', desc: true }];
    const before = order.ids(store, NO_FILTER, sorting, null);
    store.replace(claim(7, 'verified'));
    expect(order.ids(store, NO_FILTER, sorting, null)).toBe(before);
  });

  it('takes a marked claim out of a status filter and puts it back where it belongs', () => {
    const store = new ClaimsStore();
    store.load(Array.from({ length: 20 }, (_, i) => claim(i)));
    const order = new ClaimOrder();
    const unchecked = { ...NO_FILTER, status: 'unchecked' } as const;
    order.ids(store, unchecked, [], null);
    store.replace(claim(7, 'verified'));
    expect(order.ids(store, unchecked, [], null)).toEqual(expected(store, unchecked, []));
    store.replace(claim(7, 'unchecked'));
    expect(order.ids(store, unchecked, [], null)).toEqual(expected(store, unchecked, []));
  });

  it('agrees with filtering and sorting from scratch through random marks, sorts and filters', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const next = random(seed);
      const store = new ClaimsStore();
      store.load(Array.from({ length: 300 }, (_, i) => claim(i, STATUSES[Math.floor(next() * 4)])));
      const order = new ClaimOrder();
      const index = indexOf(store);
      const sortings: (readonly ColumnSort[])[] = [
        [],
        [{ id: 'status', desc: false }],
        [{ id: 'updatedAt', desc: true }],
        [
          { id: 'document', desc: false },
          { id: 'status', desc: true },
        ],
        [{ id: 'text', desc: true }],
      ];
      const filters: ClaimFilter[] = [
        NO_FILTER,
        { ...NO_FILTER, status: 'verified' },
        { ...NO_FILTER, words: ['troops'] },
        { ...NO_FILTER, words: ['rose'], kind: 'date' },
        { ...NO_FILTER, documentId: 'd1', needsEvidence: true },
        { ...NO_FILTER, words: ['troops moved'] },
        { ...NO_FILTER, words: ['prices rose', 'draft'], status: 'verified' },
        { ...NO_FILTER, words: ['moved troops'] },
      ];
      for (let step = 0; step < 200; step++) {
        const sorting = sortings[Math.floor(next() * sortings.length)]!;
        const filter = filters[Math.floor(next() * filters.length)]!;
        // Marks, and a stamp that moves the claim in a sort by last change.
        for (let m = Math.floor(next() * 3); m > 0; m--) {
          const i = Math.floor(next() * 300);
          const stamp = `2026-02-${String(1 + Math.floor(next() * 28)).padStart(2, '0')}T00:00:00.000Z`;
          store.replace({
            ...store.get(`c${i}`)!,
            status: STATUSES[Math.floor(next() * 4)]!,
            updatedAt: stamp,
          });
        }
        const ids = order.ids(store, filter, sorting, next() < 0.5 ? index : null);
        expect(ids, `seed ${seed}, step ${step}`).toEqual(expected(store, filter, sorting));
      }
    }
  });

  it('starts over when claims come or go, and does not use a word index of another text version', () => {
    const store = new ClaimsStore();
    store.load(Array.from({ length: 30 }, (_, i) => claim(i)));
    const order = new ClaimOrder();
    const index = indexOf(store);
    const troops = { ...NO_FILTER, words: ['troops'] };
    order.ids(store, troops, [], index);
    store.replace({ ...claim(99), text: 'Troops arrived' });
    store.apply({ updated: [], removed: ['c1'] });
    // The index is stale (it knows neither c99 nor that c1 went); the answer must still be right.
    expect(order.ids(store, troops, [], index)).toEqual(expected(store, troops, []));
  });
});
