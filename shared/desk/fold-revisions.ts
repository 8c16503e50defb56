import type { FactdeskDocument, Span } from '../domain';
import { reviseClaims } from '../revisions/revise-claims';
import { compareClocks } from './clock';
import type { DeskEntry } from './entry';
import { foldDocument } from './fold-document';
import { SpanPlacer } from './written-on';

/*
 * A document whose text was revised on two copies before either saw the other's revision has two
 * bases that do not know each other. The later one (by the hybrid clock) gives the text; the earlier
 * one is not dropped: its text becomes a version of the document, and claims only its side had (found
 * in its text, or added on it since) are carried into the later text by the revisions machinery
 * (re-anchored, or kept orphaned and flagged), with every mark they had.
 */

/** A document as imported or revised on one copy, with what that copy had seen of the logs. */
export interface RevisionBase {
  readonly replica: string;
  readonly seq: number;
  readonly at: string;
  readonly tick: number;
  readonly seen: Readonly<Record<string, number>>;
  readonly document: FactdeskDocument;
}

/** Who the history of a claim carried across concurrent revisions names. */
export const REVISION_MERGE_BY = 'Factdesk (revisions made at once)';

/** The entries a base does not already hold. */
export function unseenBy(base: RevisionBase, entries: readonly DeskEntry[]): DeskEntry[] {
  return entries.filter((entry) =>
    entry.replica === base.replica ? entry.seq > base.seq : (base.seen[entry.replica] ?? 0) < entry.seq,
  );
}

/** The base a document is folded from: the latest by clock (then replica and seq, as every copy orders them). */
export function latestBase<B extends RevisionBase>(bases: readonly B[]): B {
  return [...bases].sort(compareBases).at(-1)!;
}

function compareBases(a: RevisionBase, b: RevisionBase): number {
  const order = compareClocks(a, b);
  if (order !== 0) return order;
  if (a.replica !== b.replica) return a.replica < b.replica ? -1 : 1;
  return a.seq - b.seq;
}

/**
 * The document from all its bases and its entries. Earlier versions carry their texts inline when
 * the bases had them (the caller moves them to the versions file).
 */
export function foldRevisions(
  bases: readonly RevisionBase[],
  entries: readonly DeskEntry[],
): FactdeskDocument {
  const latest = latestBase(bases);
  const placerOn = spanPlacers(bases);
  const doc = foldDocument(latest.document, unseenBy(latest, entries), placerOn(latest.document));
  const earlier = latest.document.versions ?? [];
  const known = new Set([latest.document.text, ...earlier.map((version) => version.text)]);
  // Bases written before they carried their earlier texts can only be told apart by what their writer saw.
  const textsKnown = earlier.every((version) => version.text !== undefined);
  for (const other of [...bases].sort(compareBases)) {
    if (other === latest || known.has(other.document.text) || sawBase(latest, other, textsKnown)) continue;
    known.add(other.document.text);
    const theirs = foldDocument(other.document, unseenBy(other, entries), placerOn(other.document));
    keepConcurrentRevision(doc, theirs, latest);
  }
  return doc;
}

/**
 * What re-anchors a claim edit written on another of the document's texts onto the one `doc` folds
 * onto (written-on.ts); nothing to do for a document that has had one text.
 */
function spanPlacers(bases: readonly RevisionBase[]): (doc: FactdeskDocument) => SpanPlacer | undefined {
  if (new Set(bases.map((base) => base.document.text)).size < 2) return () => undefined;
  const newestFirst = [...bases].sort(compareBases).reverse();
  const textsSeen = (entry: DeskEntry) =>
    newestFirst
      .filter((base) => mayHaveSeen(entry, base))
      .map((base) => ({ text: base.document.text, certain: surelySaw(entry, base) }));
  return (doc) => new SpanPlacer(doc.text, textsSeen, (text) => versionNumber(doc, text));
}

/**
 * True when the writer of `entry` may have had `base`: its own, written before the entry; another
 * copy's, when it had seen that copy's log up to where the base was written (past it is certain; up
 * to it only possible, as the base may have reached it later).
 */
function mayHaveSeen(entry: DeskEntry, base: RevisionBase): boolean {
  if (base.replica === entry.replica) return base.seq < entry.seq;
  return (entry.seen[base.replica] ?? 0) >= base.seq;
}

/** True when the writer of `entry` surely had `base`: its own, or another copy's it had seen past. */
function surelySaw(entry: DeskEntry, base: RevisionBase): boolean {
  if (base.replica === entry.replica) return base.seq < entry.seq;
  return (entry.seen[base.replica] ?? 0) > base.seq;
}

/** The number of `text` among `doc`'s earlier versions (else the one before its own). */
function versionNumber(doc: FactdeskDocument, text: string): number {
  const versions = doc.versions ?? [];
  return versions.find((version) => version.text === text)?.number ?? Math.max(1, versions.length);
}

/**
 * True when the writer of `latest` had certainly taken `other` in: its own, or a later entry of its
 * writer's log (appended after it, so shared with it). Without earlier texts to compare, having seen
 * the entry it was written after counts too.
 */
function sawBase(latest: RevisionBase, other: RevisionBase, textsKnown: boolean): boolean {
  if (other.replica === latest.replica) return true;
  const seen = latest.seen[other.replica] ?? 0;
  return textsKnown ? seen > other.seq : seen >= other.seq;
}

/** Makes `other`'s text an earlier version of `doc` and carries the claims only `other` has into `doc`'s text. */
function keepConcurrentRevision(doc: FactdeskDocument, other: FactdeskDocument, latest: RevisionBase): void {
  const versions = doc.versions ?? [];
  const number = versions.length + 1;
  doc.versions = [
    ...versions,
    {
      number,
      fileName: other.revision?.fileName ?? other.fileName,
      sourceFormat: other.revision?.sourceFormat ?? other.sourceFormat,
      loadedAt: other.revision?.loadedAt ?? other.importedAt,
      text: other.text,
    },
  ];
  const have = new Set(doc.claims.map((claim) => claim.id));
  const theirs = other.claims.filter((claim) => !have.has(claim.id));
  if (theirs.length === 0) return;
  const sentences = sentencesOf(doc);
  const carried = reviseClaims({
    oldText: other.text,
    newText: doc.text,
    claims: theirs,
    found: { claims: [], boilerplate: [], sentences },
    version: number + 1,
    by: REVISION_MERGE_BY,
    at: latest.at,
  });
  doc.claims.push(...carried.claims);
}

/** The sentences the document's own claims sit in (the finder is not run inside a fold). */
function sentencesOf(doc: FactdeskDocument): Span[] {
  const spans = new Map<string, Span>();
  for (const claim of doc.claims) {
    if (claim.sentenceStart === undefined || claim.sentenceEnd === undefined) continue;
    if (claim.sentenceEnd <= claim.sentenceStart) continue;
    spans.set(`${claim.sentenceStart}:${claim.sentenceEnd}`, {
      start: claim.sentenceStart,
      end: claim.sentenceEnd,
    });
  }
  return [...spans.values()].sort((a, b) => a.start - b.start);
}
