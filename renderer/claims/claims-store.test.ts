import { describe, expect, it } from 'vitest';
import type { ClaimStatus } from '../../shared/domain/enums';
import type { ClaimListRow } from '../../shared/ipc/claim-list-row';
import type { ClaimRow } from '../../shared/ipc/views';
import { statsOf } from './claim-stats';
import { ClaimsStore } from './claims-store';

/** Only the fields the store reads; the rest of a row does not matter here. */
function row(id: string, documentId: string, start: number, status: ClaimStatus = 'unchecked'): ClaimListRow {
  return {
    id,
    documentId,
    start,
    end: start + 5,
    status,
    kind: 'quantity',
    citationCount: 0,
    text: `claim ${id}`,
    sentence: `sentence ${id}`,
    documentTitle: `title ${documentId}`,
  } as unknown as ClaimListRow;
}

/** The full record a change returns for `slim` (no history, note or citations here). */
function full(slim: ClaimListRow): ClaimRow {
  const { values: _values, ...rest } = slim;
  return {
    ...rest,
    note: '',
    citations: [],
    history: [],
    origin: 'found',
    sentence: slim.sentence ?? slim.text,
  };
}

function loaded(rows: readonly ClaimListRow[]): ClaimsStore {
  const store = new ClaimsStore();
  store.load(rows);
  return store;
}

/** Counts a listener's calls. */
function calls(subscribe: (listener: () => void) => () => void): { count: number } {
  const seen = { count: 0 };
  subscribe(() => seen.count++);
  return seen;
}

describe('the claims store', () => {
  const rows = [row('b', 'd1', 40), row('a', 'd1', 10), row('c', 'd2', 0), row('d', 'd3', 0)];

  it('keeps each document’s claims in document order with their stats and the project’s', () => {
    const store = loaded(rows);
    expect(store.documentClaims('d1').map((c) => c.id)).toEqual(['a', 'b']);
    expect(store.stats('d1').counts.unchecked).toBe(2);
    expect(store.stats(null).counts.unchecked).toBe(4);
    expect(store.stats(null).kinds.get('quantity')).toBe(4);
  });

  it('tells a mark to that claim’s subscribers only, and to the set’s', () => {
    const store = loaded(rows);
    const a = calls((l) => store.subscribeClaim('a', l));
    const b = calls((l) => store.subscribeClaim('b', l));
    const all = calls(store.subscribe);
    store.replace(row('a', 'd1', 10, 'verified'));
    expect([a.count, b.count, all.count]).toEqual([1, 0, 1]);
    expect(store.get('a')!.status).toBe('verified');
  });

  it('rebuilds only the touched document and keeps the other documents’ lists, spans and stats', () => {
    const store = loaded(rows);
    const d2 = store.documentClaims('d2');
    const d2Stats = store.stats('d2');
    const d1Spans = store.documentSpans('d1');
    const textVersion = store.textVersion;
    store.replace(row('b', 'd1', 40, 'disputed'));
    expect(store.documentClaims('d2')).toBe(d2);
    expect(store.stats('d2')).toBe(d2Stats);
    // A mark moves nothing in the draft, and changes no text.
    expect(store.documentSpans('d1')).toBe(d1Spans);
    expect(store.textVersion).toBe(textVersion);
    expect(store.stats('d1').counts).toMatchObject({ unchecked: 1, disputed: 1 });
    expect(store.stats(null).counts).toMatchObject({ unchecked: 3, disputed: 1 });
  });

  it('agrees with counting from scratch after adds, removals, moves and marks', () => {
    const store = loaded(rows);
    store.apply({
      updated: [full(row('e', 'd2', 3, 'verified')), full(row('c', 'd1', 0, 'unsourced'))],
      removed: ['d'],
    });
    store.apply({ updated: [full(row('a', 'd1', 10, 'disputed'))], removed: ['b'] });
    const now = store.all();
    expect(now.map((c) => c.id)).toEqual(['a', 'c', 'e']);
    expect(store.stats(null)).toEqual(statsOf(now));
    expect(store.stats('d1')).toEqual(statsOf(now.filter((c) => c.documentId === 'd1')));
    expect(store.documentClaims('d3')).toEqual([]);
    expect(store.positionOf('e')).toBe(2);
  });

  it('puts a claim added here after its document’s claims, where the project lists it when reopened', () => {
    const store = loaded(rows);
    store.apply({ updated: [full(row('e', 'd1', 20)), full(row('f', 'd4', 0))], removed: [] });
    expect(store.all().map((c) => c.id)).toEqual(['b', 'a', 'e', 'c', 'd', 'f']);
    expect(store.positionOf('e')).toBe(2);
    expect(store.positionOf('d')).toBe(4);
    expect(store.documentClaims('d1').map((c) => c.id)).toEqual(['a', 'e', 'b']);
    // A page's rows keep the list's order.
    store.append([row('g', 'd1', 50)], true);
    expect(store.all().at(-1)!.id).toBe('g');
  });

  it('says which claims were replaced since a version, and nothing across claims coming or going', () => {
    const store = loaded(rows);
    const start = store.version;
    store.replace(row('a', 'd1', 10, 'verified'));
    store.replace(row('a', 'd1', 10, 'disputed'));
    const changes = store.changesSince(start)!;
    expect(changes.map((c) => [c.previous.status, c.current.status])).toEqual([
      ['unchecked', 'verified'],
      ['verified', 'disputed'],
    ]);
    expect(store.changesSince(store.version)).toEqual([]);
    const beforeAdd = store.version;
    store.apply({ updated: [full(row('z', 'd1', 90))], removed: [] });
    expect(store.changesSince(start)).toBeNull();
    expect(store.changesSince(beforeAdd)).toBeNull();
  });

  it('changes its text version when claims come or go or a text changes, not for a mark', () => {
    const store = loaded(rows);
    const v = store.textVersion;
    store.replace(row('a', 'd1', 10, 'verified'));
    expect(store.textVersion).toBe(v);
    store.replace({ ...row('a', 'd1', 10), text: 'another text' });
    expect(store.textVersion).toBe(v + 1);
    store.apply({ updated: [], removed: ['c'] });
    expect(store.textVersion).toBe(v + 2);
  });

  it('tells every claim’s subscribers when the whole list is loaded again', () => {
    const store = loaded(rows);
    const a = calls((l) => store.subscribeClaim('a', l));
    store.load([row('a', 'd1', 10, 'verified')]);
    expect(a.count).toBe(1);
    expect(store.get('b')).toBeUndefined();
    expect(store.stats(null).counts.verified).toBe(1);
  });
});

describe('the claims store filled page by page', () => {
  it('shows the first page, then holds every claim with the counts of all of them', () => {
    const all = [row('a', 'd1', 10), row('b', 'd1', 40, 'verified'), row('c', 'd2', 0), row('d', 'd3', 0)];
    const store = new ClaimsStore();
    store.load(all.slice(0, 2), false);
    expect(store.loaded).toBe(true);
    expect(store.complete).toBe(false);
    store.replace(row('a', 'd1', 10, 'disputed'));
    store.append(all.slice(2), true);
    expect(store.complete).toBe(true);
    expect(store.all().map((c) => c.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(store.get('a')?.status).toBe('disputed');
    expect(store.stats(null)).toEqual(statsOf(store.all()));
  });

  it('keeps a slim row from a full record a change returned, and the record for Claim details', () => {
    const store = new ClaimsStore();
    store.load([row('a', 'd1', 10)]);
    const record = { ...full(row('a', 'd1', 10, 'verified')), note: 'Checked' };
    store.replace(record);
    expect(store.get('a')).not.toHaveProperty('history');
    expect(store.get('a')?.status).toBe('verified');
  });
});
