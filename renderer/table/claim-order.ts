import type { ColumnSort } from '@tanstack/react-table';
import type { ClaimListRow } from '../../shared/ipc/claim-list-row';
import type { ClaimReplacement, ClaimsStore } from '../claims/claims-store';
import { hasFacets, matches, narrows, passesFacets } from './claim-filter';
import type { ClaimFilter } from './claim-filter';
import { compareClaims, sortContext, sortPositions, sortValuesDiffer } from './claim-sorting';
import type { SortContext } from './claim-sorting';
import type { WordIndex } from './word-index';
import { isPhrase } from './term-match';

/** What the table shows: the ids of the claims that pass the filter, in the sorted order. */
export type ClaimIds = readonly string[];

interface Pass {
  readonly version: number;
  readonly textVersion: number;
  readonly filter: ClaimFilter;
  readonly sorting: readonly ColumnSort[];
  /** Whether each claim (by position) passed. */
  readonly kept: Uint8Array;
  readonly context: SortContext;
  readonly ids: ClaimIds;
}

/** More claims changed than this since the last pass: start over rather than patch. */
const MAX_PATCHED = 64;

/**
 * The claims table's rows: the store's claims filtered and sorted, as claim ids. Asked on every render
 * and answers from its last passes when nothing it depends on changed. After a mark (claims replaced in
 * place, see `ClaimsStore.changesSince`) it tests only the claims that changed: the same array when
 * none entered or left the filter or moved in the sort, else the last one with those claims taken out
 * and put back in their place. A filter keystroke looks words up in the word index once it is built
 * (positions of the same text version), or scans; typing more of the same words scans only the claims
 * that matched before.
 */
export class ClaimOrder {
  #last: Pass | null = null;
  /** The pass before the last: a deferred render asks for the previous filter and the next in turn. */
  #before: Pass | null = null;
  #all: { readonly textVersion: number; readonly ids: ClaimIds } | null = null;

  /** Every id in store order, the same array while no claim came, went or changed its text. */
  #allIds(store: ClaimsStore, fresh: ClaimIds): ClaimIds {
    if (this.#all?.textVersion !== store.textVersion)
      this.#all = { textVersion: store.textVersion, ids: fresh };
    return this.#all.ids;
  }

  /** Which claims the last `ids` answer kept, by position in the store's claims (1: kept). */
  get kept(): Uint8Array | null {
    return this.#last?.kept ?? null;
  }

  ids(
    store: ClaimsStore,
    filter: ClaimFilter,
    sorting: readonly ColumnSort[],
    index: WordIndex | null,
  ): ClaimIds {
    for (const pass of [this.#last, this.#before]) {
      if (
        pass &&
        pass.version === store.version &&
        pass.filter === filter &&
        sameSorting(pass.sorting, sorting)
      ) {
        if (pass === this.#before) [this.#before, this.#last] = [this.#last, this.#before];
        return pass.ids;
      }
    }
    const last = this.#last;
    const patched =
      last &&
      last.filter === filter &&
      sameSorting(last.sorting, sorting) &&
      last.textVersion === store.textVersion
        ? this.#patched(store, last)
        : null;
    const pass = patched ?? this.#full(store, filter, sorting, index);
    this.#before = this.#last;
    this.#last = pass;
    return pass.ids;
  }

  /** The last pass brought up to the store's version by the claims replaced since, or null. */
  #patched(store: ClaimsStore, last: Pass): Pass | null {
    const changes = store.changesSince(last.version);
    if (changes === null || changes.length > MAX_PATCHED) return null;
    const { filter, sorting, context } = last;
    // A claim changed twice since the last pass: what it was then, and what it is now.
    const changed = new Map<string, ClaimReplacement>();
    for (const change of changes) {
      const id = change.current.id;
      changed.set(id, { previous: changed.get(id)?.previous ?? change.previous, current: change.current });
    }
    const leaving: string[] = [];
    const entering: { claim: ClaimListRow; position: number }[] = [];
    let kept = last.kept;
    for (const [id, { previous, current }] of changed) {
      const position = store.positionOf(id);
      // A title the sort has not ranked (a claim moved to a new document): start over.
      if (byDocument(sorting) && !context.titleRank.has(current.documentTitle)) return null;
      const was = kept[position] === 1;
      const now = matches(current, filter);
      const moved = was && now && sortingMoves(sorting, context, previous, current);
      if (was === now && !moved) continue;
      if (kept === last.kept) kept = last.kept.slice();
      kept[position] = now ? 1 : 0;
      if (was) leaving.push(id);
      if (now) entering.push({ claim: current, position });
    }
    if (leaving.length === 0 && entering.length === 0) return { ...last, version: store.version };
    const ids = last.ids.slice();
    for (const id of leaving) ids.splice(ids.indexOf(id), 1);
    for (const { claim, position } of entering) {
      ids.splice(placeOf(store, ids, sorting, context, claim, position), 0, claim.id);
    }
    return { ...last, version: store.version, kept, ids };
  }

  #full(
    store: ClaimsStore,
    filter: ClaimFilter,
    sorting: readonly ColumnSort[],
    index: WordIndex | null,
  ): Pass {
    const claims = store.all();
    const last = this.#last;
    const usable = index && index.textVersion === store.textVersion ? index : null;
    let kept: Uint8Array;
    if (filter.words.length === 0 && !hasFacets(filter)) {
      kept = new Uint8Array(claims.length).fill(1);
    } else if (usable && filter.words.length > 0) {
      // A phrase's words, each where a word begins, are what the index can answer; the haystacks of
      // the claims that hold them all say whether they hold the phrase.
      const phrases = filter.words.some(isPhrase);
      kept = usable.matchAll(filter.words.flatMap((term) => term.split(' ')));
      if (phrases) {
        for (let i = 0; i < claims.length; i++) if (kept[i] && !matches(claims[i]!, filter)) kept[i] = 0;
      } else if (hasFacets(filter)) {
        for (let i = 0; i < claims.length; i++) {
          if (kept[i] && !passesFacets(claims[i]!, filter)) kept[i] = 0;
        }
      }
    } else if (last && last.version === store.version && narrows(last.filter, filter)) {
      kept = new Uint8Array(claims.length);
      for (let i = 0; i < claims.length; i++) if (last.kept[i] && matches(claims[i]!, filter)) kept[i] = 1;
    } else {
      kept = new Uint8Array(claims.length);
      for (let i = 0; i < claims.length; i++) if (matches(claims[i]!, filter)) kept[i] = 1;
    }
    const context = byDocument(sorting) ? sortContext(claims) : NO_CONTEXT;
    let ids: ClaimIds;
    if (sorting.length > 0) {
      const positions: number[] = [];
      for (let i = 0; i < claims.length; i++) if (kept[i]) positions.push(i);
      ids = sortPositions(positions, claims, sorting, context).map((position) => claims[position]!.id);
    } else {
      const shown: string[] = [];
      for (let i = 0; i < claims.length; i++) if (kept[i]) shown.push(claims[i]!.id);
      // Every claim, in store order: the one array of all ids (kept while the claims are the same).
      ids = shown.length === claims.length ? this.#allIds(store, shown) : shown;
    }
    return { version: store.version, textVersion: store.textVersion, filter, sorting, kept, context, ids };
  }
}

const NO_CONTEXT: SortContext = { titleRank: new Map() };

function sameSorting(a: readonly ColumnSort[], b: readonly ColumnSort[]): boolean {
  return (
    a === b ||
    (a.length === b.length && a.every((entry, i) => entry.id === b[i]!.id && entry.desc === b[i]!.desc))
  );
}

function byDocument(sorting: readonly ColumnSort[]): boolean {
  return sorting.some((entry) => entry.id === 'document');
}

function sortingMoves(
  sorting: readonly ColumnSort[],
  context: SortContext,
  previous: ClaimListRow,
  current: ClaimListRow,
): boolean {
  return sorting.length > 0 && sortValuesDiffer(sorting, context, previous, current);
}

/** Where `claim` goes among `ids` (sorted by `sorting`, then position): a binary search. */
function placeOf(
  store: ClaimsStore,
  ids: ClaimIds,
  sorting: readonly ColumnSort[],
  context: SortContext,
  claim: ClaimListRow,
  position: number,
): number {
  let low = 0;
  let high = ids.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    const other = ids[mid]!;
    const otherPosition = store.positionOf(other);
    const order = compareClaims(sorting, context, store.get(other)!, otherPosition, claim, position);
    if (order < 0) low = mid + 1;
    else high = mid;
  }
  return low;
}
