import { copyJson } from './copy-json';
import type { Citation, Claim, ClaimStatus, ContestedValue } from '../domain';
import { BASE_STAMP, compareStamps, hadSeen, type DeskEntry, type OpStamp } from './entry';

/*
 * What the fold keeps about one claim while it applies operations: the live writes of its verdict
 * and note (several when they compete), the live versions of each citation, and which operations
 * touched it, so removals and approvals can tell what their writer had seen. Kept only while
 * folding; what is stored is the claim it materializes to.
 */

/** Who wrote an operation: its entry and index (null for the document as imported). */
export interface Writer {
  readonly entry: DeskEntry | null;
  readonly index: number;
}

/** A value written by an operation that is still current (no later write by someone who saw it). */
export interface Written<T> {
  readonly value: T;
  readonly stamp: OpStamp;
  readonly writer: Writer;
  readonly by: string;
}

export interface CitationTrack {
  /** Where the citation sits among the claim's citations: when it was first added, then position. */
  readonly origin: OpStamp;
  readonly position: number;
  live: Written<Citation>[];
  readonly removals: Writer[];
}

export interface ClaimTrack {
  /** The claim as materialized so far (a copy; never the document's own object). */
  claim: Claim;
  /** Where the claim sits in its document: as imported (by position) or when it was added. */
  readonly order: OpStamp;
  readonly position: number;
  status: Written<ClaimStatus>[];
  note: Written<string>[];
  /** Last writes of the last-writer-wins fields. */
  readonly lastWrite: Map<'assign' | 'statement' | 'shape', OpStamp>;
  readonly citations: Map<string, CitationTrack>;
  /** For each replica, the latest operation touching the claim; `changes` counts only what voids a sign-off. */
  readonly touches: Map<string, OpStamp>;
  readonly changes: Map<string, OpStamp>;
  readonly removals: Writer[];
  approval: Written<boolean> | null;
}

const BASE_WRITER: Writer = { entry: null, index: 0 };

/** True when `writer` had seen the operation stamped `stamp`. */
export function writerSaw(writer: Writer, stamp: OpStamp): boolean {
  return writer.entry === null ? stamp.seq === 0 : hadSeen(writer.entry, writer.index, stamp);
}

/** A track for a claim of the document as imported (at `position`) or added by an operation. */
export function newTrack(
  claim: Claim,
  order: OpStamp,
  position: number,
  writer: Writer = BASE_WRITER,
  by = '',
): ClaimTrack {
  const copy = copyJson(claim);
  delete copy.contested;
  delete copy.approval;
  const written = <T>(value: T): Written<T> => ({ value, stamp: order, writer, by });
  const track: ClaimTrack = {
    claim: copy,
    order,
    position,
    status: [written(copy.status)],
    note: [written(copy.note)],
    lastWrite: new Map(),
    citations: new Map(),
    touches: new Map([[order.replica, order]]),
    changes: new Map([[order.replica, order]]),
    removals: [],
    approval:
      claim.approval && order === BASE_STAMP
        ? { value: true, stamp: { ...order, at: claim.approval.at }, writer, by: claim.approval.by }
        : null,
  };
  copy.citations.forEach((citation, index) => {
    track.citations.set(citation.id, {
      origin: order,
      position: index,
      live: [written(citation)],
      removals: [],
    });
  });
  return track;
}

/** Records that an operation touched the claim (`change`: one that voids a sign-off). */
export function touch(track: ClaimTrack, stamp: OpStamp, change: boolean): void {
  const latest = (map: Map<string, OpStamp>) => {
    const known = map.get(stamp.replica);
    if (!known || compareStamps(stamp, known) > 0) map.set(stamp.replica, stamp);
  };
  latest(track.touches);
  if (change) latest(track.changes);
  if (stamp.at > track.claim.updatedAt) track.claim.updatedAt = stamp.at;
}

/**
 * Adds a write to a multi-value register: it replaces every write its writer had seen, and is
 * dropped when a current write had already seen it (an entry whose clock ran behind).
 */
export function writeRegister<T>(live: Written<T>[], next: Written<T>): Written<T>[] {
  if (live.some((current) => writerSaw(current.writer, next.stamp))) return live;
  return [...live.filter((current) => !writerSaw(next.writer, current.stamp)), next];
}

/** The values a register holds, latest last, one per distinct value (the latest write of each). */
export function distinctValues<T>(live: readonly Written<T>[]): Written<T>[] {
  const byValue = new Map<T, Written<T>>();
  for (const write of [...live].sort((a, b) => compareStamps(a.stamp, b.stamp))) {
    byValue.delete(write.value);
    byValue.set(write.value, write);
  }
  return [...byValue.values()];
}

/** Puts the verdict, the note and what competes into the claim, from its registers. */
export function materializeRegisters(track: ClaimTrack): void {
  const statuses = distinctValues(track.status);
  const notes = distinctValues(track.note);
  const claim = track.claim;
  claim.status = statuses.length === 1 ? statuses[0]!.value : 'unchecked';
  claim.note = notes.at(-1)?.value ?? '';
  const contested: ContestedValue[] = [];
  if (statuses.length > 1) {
    for (const write of sortedWrites(track.status)) {
      contested.push({ status: write.value, by: write.by, at: write.stamp.at || claim.updatedAt });
    }
  }
  if (notes.length > 1) {
    for (const write of sortedWrites(track.note)) {
      contested.push({ note: write.value, by: write.by, at: write.stamp.at || claim.updatedAt });
    }
  }
  if (contested.length > 0) claim.contested = contested;
  else delete claim.contested;
}

function sortedWrites<T>(live: readonly Written<T>[]): Written<T>[] {
  return [...live].sort((a, b) => compareStamps(a.stamp, b.stamp));
}

/** The version of a citation shown: the latest of its live versions. */
export function shownCitation(track: CitationTrack): Citation | undefined {
  return sortedWrites(track.live).at(-1)?.value;
}

/** The claim's citations in order (when each was first added), each as its latest live version. */
export function materializeCitations(track: ClaimTrack): void {
  const shown = [...track.citations.values()]
    .filter((citation) => citation.live.length > 0)
    .sort((a, b) => compareStamps(a.origin, b.origin) || a.position - b.position);
  // Copies: the log's entries must not change when the document is edited in place.
  track.claim.citations = shown.map((citation) => copyJson(shownCitation(citation)!));
}

/** A claim is gone when every removal of it had seen every operation that touched it. */
export function isPresent(track: ClaimTrack): boolean {
  if (track.removals.length === 0) return true;
  return [...track.touches.values()].some(
    (stamp) => !track.removals.some((removal) => writerSaw(removal, stamp)),
  );
}

/** The sign-off holds when its writer had seen every change of the claim and no later one took it back. */
export function materializeApproval(track: ClaimTrack): void {
  const approval = track.approval;
  const holds =
    approval !== null &&
    approval.value &&
    [...track.changes.values()].every((stamp) => writerSaw(approval.writer, stamp));
  if (holds) track.claim.approval = { by: approval.by, at: approval.stamp.at || track.claim.updatedAt };
  else delete track.claim.approval;
}
