import { describe, expect, it } from 'vitest';
import type { ClaimStatus } from '../../shared/domain/enums';
import type { ClaimListRow, ClaimsPage } from '../../shared/ipc/claim-list-row';
import type { FactdeskApi } from '../../shared/ipc/contract';
import { loadClaimPages, requestFirstPage, showFirstPage } from './claim-pages';
import { ClaimsStore } from './claims-store';

/** A slim row with the fields the store reads. */
function row(index: number, status: ClaimStatus = 'unchecked'): ClaimListRow {
  const documentId = `d${Math.floor(index / 3)}`;
  return {
    id: `c${index}`,
    documentId,
    start: (index % 3) * 10,
    end: (index % 3) * 10 + 5,
    status,
    kind: 'quantity',
    citationCount: 0,
    text: `claim ${index}`,
    documentTitle: `title ${documentId}`,
  } as unknown as ClaimListRow;
}

/**
 * Answers `claims:page` from `rows()` as the services do (a slice in document order, the total) and
 * `claims:checkers` with one name, recording each page asked for; `beforeAnswer` runs before a page
 * is answered.
 */
function pagedApi(rows: () => readonly ClaimListRow[], beforeAnswer?: (offset: number) => void) {
  const asked: { offset: number; limit: number }[] = [];
  const api = {
    async invoke(channel: string, args: { offset: number; limit: number }): Promise<ClaimsPage | string[]> {
      if (channel === 'claims:checkers') return ['Ana'];
      if (channel !== 'claims:page') throw new Error(`unexpected ${channel}`);
      asked.push(args);
      beforeAnswer?.(args.offset);
      const all = rows();
      return {
        rows: all.slice(args.offset, args.offset + args.limit),
        offset: args.offset,
        total: all.length,
      };
    },
  } as unknown as FactdeskApi;
  return { api, asked };
}

const ids = (store: ClaimsStore) => store.all().map((claim) => claim.id);

describe('loading the claims list page by page', () => {
  it('asks for a small first page, then the rest page by page, and holds every claim in order', async () => {
    const rows = Array.from({ length: 23 }, (_, i) => row(i, i === 21 ? 'verified' : 'unchecked'));
    const { api, asked } = pagedApi(() => rows);
    const store = new ClaimsStore();
    await loadClaimPages(api, store, () => true, { sizes: { first: 4, rest: 5 } });
    expect(asked).toEqual([
      { offset: 0, limit: 4 },
      { offset: 4, limit: 5 },
      { offset: 9, limit: 5 },
      { offset: 14, limit: 5 },
      { offset: 19, limit: 5 },
    ]);
    expect(ids(store)).toEqual(rows.map((claim) => claim.id));
    expect(store.complete).toBe(true);
    expect(store.checkers).toEqual(['Ana']);
    // The verified claim came on the last page: the project's counts and its document's include it.
    expect(store.stats(null).counts.verified).toBe(1);
    expect(store.stats(null).counts.unchecked).toBe(22);
    expect(store.stats('d7').counts.verified).toBe(1);
  });

  it('shows the first page before the others come, and is complete only with the last', async () => {
    const rows = Array.from({ length: 12 }, (_, i) => row(i));
    const seen: { size: number; complete: boolean }[] = [];
    const store = new ClaimsStore();
    const { api } = pagedApi(
      () => rows,
      (offset) => offset > 0 && seen.push({ size: store.size, complete: store.complete }),
    );
    await loadClaimPages(api, store, () => true, { sizes: { first: 2, rest: 3 } });
    // Each page after the first is taken in when the batch is at least as large as what the store holds.
    expect(seen).toEqual([
      { size: 2, complete: false },
      { size: 5, complete: false },
      { size: 5, complete: false },
      { size: 11, complete: false },
    ]);
    expect(store.size).toBe(12);
    expect(store.complete).toBe(true);
  });

  it('starts over when claims come or go between pages, so none is missed', async () => {
    let rows = Array.from({ length: 10 }, (_, i) => row(i));
    let added = false;
    const { api } = pagedApi(
      () => rows,
      (offset) => {
        if (offset === 6 && !added) {
          added = true;
          rows = [row(99), ...rows];
        }
      },
    );
    const store = new ClaimsStore();
    await loadClaimPages(api, store, () => true, { sizes: { first: 3, rest: 3 } });
    expect(ids(store)).toEqual(rows.map((claim) => claim.id));
    expect(store.size).toBe(11);
    expect(store.complete).toBe(true);
  });

  it('stops taking pages once a newer load took over', async () => {
    const rows = Array.from({ length: 10 }, (_, i) => row(i));
    let live = true;
    const { api, asked } = pagedApi(
      () => rows,
      (offset) => {
        if (offset === 3) live = false;
      },
    );
    const store = new ClaimsStore();
    await loadClaimPages(api, store, () => live, { sizes: { first: 3, rest: 3 } });
    expect(asked.length).toBe(2);
    expect(store.size).toBe(3);
    expect(store.complete).toBe(false);
  });

  it('starts a store with a first page asked for earlier, goes on after it, and asks when it was refused', async () => {
    const rows = Array.from({ length: 7 }, (_, i) => row(i));
    const { api, asked } = pagedApi(() => rows);
    const early = await requestFirstPage(api, { first: 3, rest: 2 });
    expect(early?.rows.map((claim) => claim.id)).toEqual(['c0', 'c1', 'c2']);
    const store = new ClaimsStore();
    showFirstPage(store, early!);
    // Shown before any load: the workbench's first frame has these rows.
    expect(store.loaded).toBe(true);
    expect(ids(store)).toEqual(['c0', 'c1', 'c2']);
    expect(store.complete).toBe(false);
    // The desk's checkers are not part of a page: asked for beside the pages after the first rows.
    expect(store.checkers).toEqual([]);
    await loadClaimPages(api, store, () => true, { sizes: { first: 3, rest: 2 }, shown: early });
    expect(store.checkers).toEqual(['Ana']);
    expect(asked).toEqual([
      { offset: 0, limit: 3 },
      { offset: 3, limit: 2 },
      { offset: 5, limit: 2 },
    ]);
    expect(ids(store)).toEqual(rows.map((claim) => claim.id));
    expect(store.complete).toBe(true);

    const refusing = {
      invoke: () => Promise.reject(new Error('No project is open; open or create one first.')),
    } as unknown as FactdeskApi;
    expect(await requestFirstPage(refusing)).toBeNull();
    const again = new ClaimsStore();
    const second = pagedApi(() => rows);
    await loadClaimPages(second.api, again, () => true, { sizes: { first: 3, rest: 4 }, shown: null });
    expect(second.asked).toEqual([
      { offset: 0, limit: 3 },
      { offset: 3, limit: 4 },
    ]);
    expect(again.size).toBe(7);
  });
});

/**
 * Answers `claims:page` from `rows()` as they are when the request arrives, but hands each reply to
 * the page only when `release()` is called: the server answered the list, the page has not taken it in.
 */
function heldApi(rows: () => readonly ClaimListRow[]) {
  const held: (() => void)[] = [];
  const api = {
    invoke(channel: string, args: { offset: number; limit: number }): Promise<ClaimsPage | string[]> {
      if (channel === 'claims:checkers') return Promise.resolve([]);
      if (channel !== 'claims:page') throw new Error(`unexpected ${channel}`);
      const all = rows();
      const answer: ClaimsPage = {
        rows: all.slice(args.offset, args.offset + args.limit),
        offset: args.offset,
        total: all.length,
      };
      return new Promise((resolve) => held.push(() => resolve(answer)));
    },
  } as unknown as FactdeskApi;
  return {
    api,
    /** Hands the oldest held reply to the page and lets it take it in. */
    async release() {
      for (let tries = 0; held.length === 0 && tries < 50; tries++) await Promise.resolve();
      held.shift()?.();
      for (let tick = 0; tick < 20; tick++) await Promise.resolve();
    },
  };
}

describe('a change answered while the list is on its way', () => {
  it('keeps a mark answered after the server answered the list (a reload after a sync)', async () => {
    // Ana's project on disk: c1 unchecked when the reload's list was answered.
    let server = Array.from({ length: 3 }, (_, i) => row(i));
    const store = new ClaimsStore();
    store.load(server);
    const { api, release } = heldApi(() => server);
    const reload = loadClaimPages(api, store, () => true, { sizes: { first: 10, rest: 10 } });
    // She marks c1: the server writes it and answers, and the page takes the answer in, all before
    // the list (answered earlier) is taken in.
    server = server.map((claim) => (claim.id === 'c1' ? row(1, 'verified') : claim));
    store.replace(row(1, 'verified'));
    await release();
    await reload;
    expect(store.get('c1')?.status).toBe('verified');
    expect(store.stats(null).counts.verified).toBe(1);
    expect(store.get('c0')?.status).toBe('unchecked');
  });

  it('keeps it on a later page too, and takes a later page’s rows for claims not changed meanwhile', async () => {
    let server = Array.from({ length: 9 }, (_, i) => row(i));
    const store = new ClaimsStore();
    store.load(server);
    const { api, release } = heldApi(() => server);
    const reload = loadClaimPages(api, store, () => true, { sizes: { first: 3, rest: 3 } });
    await release(); // the first page
    // The second page is answered with c7 disputed by the sync, then c4 is marked before it arrives.
    server = server.map((claim) => (claim.id === 'c7' ? row(7, 'disputed') : claim));
    const answeredSecond = release();
    server = server.map((claim) => (claim.id === 'c4' ? row(4, 'verified') : claim));
    store.replace(row(4, 'verified'));
    await answeredSecond;
    await release();
    await reload;
    expect(store.get('c4')?.status).toBe('verified');
    expect(store.get('c7')?.status).toBe('disputed');
    expect(ids(store).sort()).toEqual(server.map((claim) => claim.id).sort());
    expect(store.stats(null).counts.verified).toBe(1);
    expect(store.stats(null).counts.disputed).toBe(1);
  });

  it('keeps a claim a merge removed out, and one a split added in', async () => {
    const server = Array.from({ length: 4 }, (_, i) => row(i));
    const store = new ClaimsStore();
    store.load(server);
    const { api, release } = heldApi(() => server);
    const reload = loadClaimPages(api, store, () => true, { sizes: { first: 10, rest: 10 } });
    store.apply({ updated: [], removed: ['c2'] });
    store.replace(row(40));
    await release();
    await reload;
    expect(store.get('c2')).toBeUndefined();
    expect(store.get('c40')).toBeDefined();
    expect(store.size).toBe(4);
  });

  it('takes the list’s row for a claim whose mark the server refused while the list was on its way', async () => {
    let server = Array.from({ length: 3 }, (_, i) => row(i));
    const store = new ClaimsStore();
    store.load(server);
    // A sync brought Ben's verdict for c1; the reload asks for the list.
    server = server.map((claim) => (claim.id === 'c1' ? row(1, 'disputed') : claim));
    const { api, release } = heldApi(() => server);
    const reload = loadClaimPages(api, store, () => true, { sizes: { first: 10, rest: 10 } });
    // Ana marks c1 (shown at once), the server refuses, and the row she had is put back.
    const before = store.get('c1')!;
    const changedAt = store.changedAt('c1');
    store.replace(row(1, 'verified'));
    store.putBack(before, changedAt);
    await release();
    await reload;
    expect(store.get('c1')?.status).toBe('disputed');
  });

  it('takes the list’s row for a claim changed before the list was asked for', async () => {
    const server = Array.from({ length: 3 }, (_, i) => row(i));
    const store = new ClaimsStore();
    store.load(server);
    // An optimistic mark the server then refused, or one a sync replaced: the list has the claim as it is.
    store.replace(row(0, 'verified'));
    const { api, release } = heldApi(() => server);
    const reload = loadClaimPages(api, store, () => true, { sizes: { first: 10, rest: 10 } });
    await release();
    await reload;
    expect(store.get('c0')?.status).toBe('unchecked');
  });
});
