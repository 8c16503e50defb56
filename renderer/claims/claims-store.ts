import { claimListRow, type ClaimListRow } from '../../shared/ipc/claim-list-row';
import type { ClaimChanges, ClaimRow } from '../../shared/ipc/views';
import { ClaimRecords, type RecordLoader } from './claim-records';
import { sameHaystack } from '../table/search-index';
import { NO_STATS, restate, statsOf } from './claim-stats';
import type { ClaimStats } from './claim-stats';
import { afterTheirDocuments } from './claim-placement';

/** A claim replaced in place (same position): what it was and what it is. */
export interface ClaimReplacement {
  readonly previous: ClaimListRow;
  readonly current: ClaimListRow;
}

interface LoggedChange {
  readonly version: number;
  /** Null when claims came or went (positions moved): nothing can be patched across it. */
  readonly replaced: readonly ClaimReplacement[] | null;
}

/** Where a claim sits in its draft: what the draft's highlights are cut from. */
export interface ClaimSpan {
  readonly id: string;
  readonly start: number;
  readonly end: number;
}

interface DocumentClaims {
  /** In document order (by start, the longer first). */
  readonly claims: readonly ClaimListRow[];
  /** The same claims' places; the same array until one comes, goes or moves (a mark keeps it). */
  readonly spans: readonly ClaimSpan[];
  readonly stats: ClaimStats;
}

/** How many changes are remembered for views that patch their result instead of starting over. */
const LOG_SIZE = 32;
const NO_CLAIMS: readonly ClaimListRow[] = [];
const NO_SPANS: readonly ClaimSpan[] = [];

/** The spans of `claims`: `previous` itself when they sit where they sat. */
function spansOf(
  claims: readonly ClaimListRow[],
  previous: readonly ClaimSpan[] | undefined,
): readonly ClaimSpan[] {
  if (
    previous?.length === claims.length &&
    claims.every(
      (c, i) => c.id === previous[i]!.id && c.start === previous[i]!.start && c.end === previous[i]!.end,
    )
  ) {
    return previous;
  }
  return claims.map(({ id, start, end }) => ({ id, start, end }));
}

function inDocumentOrder(list: ClaimListRow[]): ClaimListRow[] {
  for (let i = 1; i < list.length; i++) {
    if (list[i - 1]!.start > list[i]!.start) return list.sort((a, b) => a.start - b.start || b.end - a.end);
  }
  return list;
}

/**
 * Every claim of the open project, the one place the renderer keeps them. Components subscribe to
 * what they show: one claim (a table row, the details, a highlight in the draft), or the whole set (the
 * table's order, counts). A change is taken in at once and told to the subscribers of the claims it
 * touched and to the set's subscribers; each reads what it needs, so a mark among 100,000 claims
 * renders the row, the details and the counts it changed, not the table.
 *
 * Claims keep their position (load order, added claims last) until claims are removed; each
 * document's claims are kept in document order with their stats, rebuilt only for the documents a
 * change touched. `version` grows with every change; `textVersion` only when claims come or go or
 * their searchable text changes (what the filter's word index depends on).
 */
export class ClaimsStore {
  #claims: ClaimListRow[] = [];
  #positions = new Map<string, number>();
  #documents = new Map<string, DocumentClaims>();
  #totals: ClaimStats = NO_STATS;
  #loaded = false;
  #version = 0;
  #textVersion = 0;
  #log: LoggedChange[] = [];
  #complete = false;
  #checkers: readonly string[] = [];
  /** The version at which each claim was last changed here (a mark, an edit, an undo), not by a page. */
  #changedAt = new Map<string, number>();
  readonly #claimListeners = new Map<string, Set<() => void>>();
  readonly #listeners = new Set<() => void>();
  /** The full records of the claims Claim details shows (the rows here are slim). */
  readonly records: ClaimRecords;

  constructor(loadRecord: RecordLoader | null = null) {
    this.records = new ClaimRecords(loadRecord);
  }

  /** False until the first page of the list arrived. */
  get loaded(): boolean {
    return this.#loaded;
  }

  /** True once every page of the list arrived (the counts are the project's). */
  get complete(): boolean {
    return this.#complete;
  }

  /** Every name the project's claims were signed with, as `claims:checkers` last said. */
  get checkers(): readonly string[] {
    return this.#checkers;
  }

  /** Takes in the desk's checkers (asked for beside the list's pages); subscribers look again. */
  setCheckers(names: readonly string[]): void {
    this.#checkers = names;
    this.#notify([]);
  }

  get version(): number {
    return this.#version;
  }

  get textVersion(): number {
    return this.#textVersion;
  }

  get size(): number {
    return this.#claims.length;
  }

  /** Every claim by position. Read it, never keep it: changes replace claims in it. */
  all(): readonly ClaimListRow[] {
    return this.#claims;
  }

  get(claimId: string | null | undefined): ClaimListRow | undefined {
    if (claimId === null || claimId === undefined) return undefined;
    const position = this.#positions.get(claimId);
    return position === undefined ? undefined : this.#claims[position];
  }

  positionOf(claimId: string): number {
    return this.#positions.get(claimId) ?? -1;
  }

  /** One document's claims in document order; the same array until a change touches that document. */
  documentClaims(documentId: string | null): readonly ClaimListRow[] {
    return (documentId !== null && this.#documents.get(documentId)?.claims) || NO_CLAIMS;
  }

  /** Where one document's claims sit, in document order; the same array until one comes, goes or moves. */
  documentSpans(documentId: string | null): readonly ClaimSpan[] {
    return (documentId !== null && this.#documents.get(documentId)?.spans) || NO_SPANS;
  }

  /** The stats of one document, or of the project (null); the same object until they change. */
  stats(documentId: string | null): ClaimStats {
    if (documentId === null) return this.#totals;
    return this.#documents.get(documentId)?.stats ?? NO_STATS;
  }

  /**
   * The claims replaced in place since `version`, oldest first; null when claims came or went since
   * (or it is too long ago to say), so a view must start over.
   */
  changesSince(version: number): readonly ClaimReplacement[] | null {
    if (version === this.#version) return [];
    const first = this.#log.findIndex((entry) => entry.version === version + 1);
    if (first < 0) return null;
    const replaced: ClaimReplacement[] = [];
    for (const entry of this.#log.slice(first)) {
      if (entry.replaced === null) return null;
      replaced.push(...entry.replaced);
    }
    return replaced;
  }

  /**
   * Takes in the list anew (the first load, or a reload): its first page, or all of it when
   * `complete`; `append` adds the pages that follow. `askedAt` is the store's version when the page
   * was asked for: a claim changed here since then keeps its row here (the server may have answered
   * the page before that change), one removed since stays out, one added since stays in.
   */
  load(rows: readonly ClaimListRow[], complete = true, askedAt = this.#version): void {
    const changedSince = this.#changedSince(askedAt);
    const taken: ClaimListRow[] = [];
    for (const row of rows) {
      const mine = changedSince.has(row.id) ? this.get(row.id) : row;
      if (mine) taken.push(mine);
    }
    // Claims added here since the page was asked for, and changed ones it did not hold (a later page).
    const listed = new Set(rows.map((row) => row.id));
    for (const id of changedSince) {
      const mine = listed.has(id) ? undefined : this.get(id);
      if (mine) taken.push(mine);
    }
    // Pages asked for later are asked after this version: what was changed before it no longer matters.
    for (const [id, version] of this.#changedAt) if (version <= askedAt) this.#changedAt.delete(id);
    this.#claims = taken;
    this.#complete = complete;
    this.#positions = new Map(this.#claims.map((claim, position) => [claim.id, position]));
    const byDocument = new Map<string, ClaimListRow[]>();
    for (const claim of this.#claims) {
      let list = byDocument.get(claim.documentId);
      if (!list) byDocument.set(claim.documentId, (list = []));
      list.push(claim);
    }
    this.#documents = new Map();
    for (const [documentId, list] of byDocument) {
      const claims = inDocumentOrder(list);
      this.#documents.set(documentId, { claims, spans: spansOf(claims, undefined), stats: statsOf(claims) });
    }
    this.#totals = restate(
      NO_STATS,
      [],
      [...this.#documents.values()].map((d) => d.stats),
    );
    this.#loaded = true;
    this.#textVersion++;
    this.#record(null);
    // Every claim may have changed: each subscriber looks again.
    this.#notify([...this.#claimListeners.keys()]);
    this.records.refresh();
  }

  /**
   * Adds the next pages of the list (claims the store has already are put in their place), asked for
   * at `askedAt` (the earliest of them): as in `load`, a claim changed here since keeps its row here.
   */
  append(rows: readonly ClaimListRow[], complete: boolean, askedAt = this.#version): void {
    this.#complete = complete;
    const changedSince = this.#changedSince(askedAt);
    this.#take(changedSince.size === 0 ? rows : rows.filter((row) => !changedSince.has(row.id)), [], false);
  }

  #changedSince(version: number): Set<string> {
    const ids = new Set<string>();
    for (const [id, changedAt] of this.#changedAt) if (changedAt > version) ids.add(id);
    return ids;
  }

  /**
   * Puts a changed claim in its place: the full record a change returned, or a slim row shown before
   * the answer comes (a mark).
   */
  replace(row: ClaimRow | ClaimListRow): void {
    if ('history' in row) this.apply({ updated: [row], removed: [] });
    else this.#take([row], []);
  }

  /** The store's version when this claim was last changed here (0: not since the list was asked for). */
  changedAt(claimId: string): number {
    return this.#changedAt.get(claimId) ?? 0;
  }

  /**
   * Puts a claim back as it was before a change the server refused (`changedAt` as it was then):
   * not a change of its own, so a page of the list asked for meanwhile still gives its row.
   */
  putBack(row: ClaimListRow, changedAt: number): void {
    this.#take([row], [], false);
    if (changedAt > 0) this.#changedAt.set(row.id, changedAt);
    else this.#changedAt.delete(row.id);
  }

  /** Takes in what an edit, an undo or a redo changed: claims anew or added, and claims gone. */
  apply(changes: ClaimChanges): void {
    this.records.took(changes.updated, changes.removed);
    this.#take(
      changes.updated.map((row) => claimListRow(row, row.documentTitle, row.sentence)),
      changes.removed,
    );
  }

  #take(updated: readonly ClaimListRow[], removedIds: readonly string[], changedHere = true): void {
    if (updated.length === 0 && removedIds.length === 0) return;
    if (changedHere) {
      const at = this.#version + 1;
      for (const row of updated) this.#changedAt.set(row.id, at);
      for (const id of removedIds) this.#changedAt.set(id, at);
    }
    const removed = new Set(removedIds.filter((id) => this.#positions.has(id)));
    const replaced: ClaimReplacement[] = [];
    const previous: ClaimListRow[] = [];
    const placed: ClaimListRow[] = [];
    let added = false;
    let textChanged = false;
    for (const row of updated) {
      const position = this.#positions.get(row.id);
      if (position === undefined) {
        added = true;
        // A claim added here (by hand, split off, a new version's) joins its document's claims; a
        // page's rows come in the list's order.
        if (changedHere) {
          placed.push(row);
          continue;
        }
        this.#positions.set(row.id, this.#claims.length);
        this.#claims.push(row);
        continue;
      }
      const before = this.#claims[position]!;
      this.#claims[position] = row;
      replaced.push({ previous: before, current: row });
      previous.push(before);
      if (!sameHaystack(before, row)) textChanged = true;
    }
    if (removed.size > 0) {
      for (const id of removed) previous.push(this.#claims[this.#positions.get(id)!]!);
      this.#claims = this.#claims.filter((claim) => !removed.has(claim.id));
    }
    if (placed.length > 0) this.#claims = afterTheirDocuments(this.#claims, placed);
    if (removed.size > 0 || placed.length > 0) {
      this.#positions = new Map(this.#claims.map((claim, position) => [claim.id, position]));
    }
    this.#restateDocuments(previous, updated, removed);
    const structural = added || removed.size > 0;
    if (structural || textChanged) this.#textVersion++;
    this.#record(structural ? null : replaced);
    this.#notify([...updated.map((row) => row.id), ...removed]);
  }

  /** Tells `listener` of every change. Arrow, so it can be handed to useSyncExternalStore as is. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  /** Tells `listener` when this one claim changes or goes. */
  subscribeClaim(claimId: string, listener: () => void): () => void {
    let listeners = this.#claimListeners.get(claimId);
    if (!listeners) this.#claimListeners.set(claimId, (listeners = new Set()));
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
      if (listeners.size === 0) this.#claimListeners.delete(claimId);
    };
  }

  /** Rebuilds the lists and stats of the documents a change touched, and the project's stats by delta. */
  #restateDocuments(
    previous: readonly ClaimListRow[],
    updated: readonly ClaimListRow[],
    removed: ReadonlySet<string>,
  ) {
    const touched = new Set<string>();
    for (const row of previous) touched.add(row.documentId);
    for (const row of updated) touched.add(row.documentId);
    const replacing = new Map(updated.map((row) => [row.id, row]));
    const before: ClaimStats[] = [];
    const after: ClaimStats[] = [];
    for (const documentId of touched) {
      const old = this.#documents.get(documentId);
      if (old) before.push(old.stats);
      const list: ClaimListRow[] = [];
      for (const claim of old?.claims ?? NO_CLAIMS) {
        if (removed.has(claim.id)) continue;
        const replacement = replacing.get(claim.id);
        // A claim that moved to another document leaves this list; it joins its new one below.
        if (replacement && replacement.documentId !== documentId) continue;
        list.push(replacement ?? claim);
        replacing.delete(claim.id);
      }
      for (const row of replacing.values()) if (row.documentId === documentId) list.push(row);
      if (list.length === 0) {
        this.#documents.delete(documentId);
        continue;
      }
      const claims = inDocumentOrder(list);
      const stats = statsOf(claims);
      after.push(stats);
      this.#documents.set(documentId, { claims, spans: spansOf(claims, old?.spans), stats });
    }
    this.#totals = restate(this.#totals, before, after);
  }

  #record(replaced: readonly ClaimReplacement[] | null): void {
    this.#version++;
    this.#log.push({ version: this.#version, replaced });
    if (this.#log.length > LOG_SIZE) this.#log = this.#log.slice(-LOG_SIZE);
  }

  #notify(claimIds: readonly string[]): void {
    for (const claimId of new Set(claimIds)) {
      for (const listener of this.#claimListeners.get(claimId) ?? []) listener();
    }
    for (const listener of this.#listeners) listener();
  }
}
