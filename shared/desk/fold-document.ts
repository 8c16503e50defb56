import { copyJson } from './copy-json';
import { historyText, type Claim, type FactdeskDocument, type HistoryEntry, type Span } from '../domain';
import { citationLabel } from './citation-label';
import {
  BASE_STAMP,
  compareStamps,
  entryKey,
  shapeKeys,
  stampOf,
  type DeskEntry,
  type DeskOp,
  type OpStamp,
} from './entry';
import {
  isPresent,
  materializeApproval,
  materializeCitations,
  materializeRegisters,
  newTrack,
  shownCitation,
  touch,
  writeRegister,
  writerSaw,
  type ClaimTrack,
  type Writer,
} from './claim-track';
import { REANCHORED_BY, type SpanPlacer } from './written-on';

/**
 * A document as every checker's changes leave it: `base` (the document as imported) with the
 * operations of every entry for it applied in clock order. The result depends only on the set of
 * entries, not on the order they arrived in or how often one was delivered, so two copies holding
 * the same logs hold the same document. `base` is not changed; claims no operation touched are
 * shared with it.
 */
export function foldDocument(
  base: FactdeskDocument,
  entries: Iterable<DeskEntry>,
  placer?: SpanPlacer,
): FactdeskDocument {
  const fold = new DocumentFold(base, placer);
  for (const entry of sortedEntries(base.id, entries)) {
    entry.ops.forEach((op, index) => fold.apply(op, entry, index));
  }
  return fold.result();
}

/** The entries of one document, each once, in clock order. */
export function sortedEntries(documentId: string, entries: Iterable<DeskEntry>): DeskEntry[] {
  const unique = new Map<string, DeskEntry>();
  for (const entry of entries) if (entry.document === documentId) unique.set(entryKey(entry), entry);
  return [...unique.values()].sort((a, b) => compareStamps(stampOf(a, 0), stampOf(b, 0)));
}

/** The operations on a draft's own fields rather than its claims. */
type DraftFieldOp = Extract<DeskOp, { op: 'title' | 'date' | 'language' }>;

function setDraftField(doc: FactdeskDocument, op: DraftFieldOp): void {
  const put = <K extends keyof FactdeskDocument>(key: K, value: FactdeskDocument[K] | undefined) => {
    if (value === undefined) delete doc[key];
    else doc[key] = value;
  };
  if (op.op === 'title') doc.title = op.title;
  if (op.op === 'date') {
    put('documentDate', op.date);
    put('documentDateSource', op.source);
  }
  if (op.op === 'language') {
    put('language', op.language);
    put('languageChosen', op.chosen);
  }
}

class DocumentFold {
  private readonly positions = new Map<string, number>();
  private readonly tracks = new Map<string, ClaimTrack>();
  private readonly added: ClaimTrack[] = [];
  private dismissed: string[] | null = null;
  private boilerplate: { spans: Span[]; stamp: OpStamp } | null = null;
  /** The last tick or untick of each claim's checklist item (key: claim id, a line break, item id). */
  private readonly tickWrites = new Map<string, OpStamp>();
  /** The draft's own fields as their last writes left them (title, date, language). */
  private readonly fieldWrites = new Map<DraftFieldOp['op'], { op: DraftFieldOp; stamp: OpStamp }>();

  /** `placer` re-anchors spans written on another text of the document (written-on.ts); absent: one text. */
  constructor(
    private readonly base: FactdeskDocument,
    private readonly placer?: SpanPlacer,
  ) {
    base.claims.forEach((claim, position) => this.positions.set(claim.id, position));
  }

  apply(op: DeskOp, entry: DeskEntry, index: number): void {
    const stamp = stampOf(entry, index);
    const writer: Writer = { entry, index };
    if (op.op === 'dismiss') return this.dismiss(op.quote);
    if (op.op === 'boilerplate') {
      if (!this.boilerplate || compareStamps(stamp, this.boilerplate.stamp) > 0) {
        this.boilerplate = { spans: this.placer?.spans(entry, op.spans) ?? op.spans, stamp };
      }
      return;
    }
    if (op.op === 'title' || op.op === 'date' || op.op === 'language') {
      const last = this.fieldWrites.get(op.op);
      if (!last || compareStamps(stamp, last.stamp) > 0) this.fieldWrites.set(op.op, { op, stamp });
      return;
    }
    // The project's own settings are folded from the project's entries (fold-project.ts), not a draft's.
    if (op.op === 'methodology' || op.op === 'checklists') return;
    if (op.op === 'add')
      return this.add(this.placer?.claim(entry, op.claim) ?? op.claim, stamp, writer, entry.by);
    const track = this.track(op.claim);
    // An operation on a claim this document never had is kept in its log and has no effect here.
    if (!track) return;
    const history = (action: HistoryEntry['action'], from?: string, to?: string) =>
      track.claim.history.push({
        at: entry.at,
        by: entry.by,
        action,
        ...(from === undefined ? {} : { from }),
        ...(to === undefined ? {} : { to }),
      });
    switch (op.op) {
      case 'status': {
        touch(track, stamp, true);
        const before = track.claim.status;
        const next = writeRegister(track.status, { value: op.status, stamp, writer, by: entry.by });
        if (next === track.status) return;
        track.status = next;
        delete track.claim.needsRecheck;
        materializeRegisters(track);
        if (op.status !== before) history('status', before, op.status);
        return;
      }
      case 'note': {
        touch(track, stamp, true);
        const before = track.claim.note;
        const next = writeRegister(track.note, { value: op.note, stamp, writer, by: entry.by });
        if (next === track.note) return;
        track.note = next;
        materializeRegisters(track);
        if (op.note !== before) history('note', historyText(before), historyText(op.note));
        return;
      }
      case 'assign': {
        touch(track, stamp, false);
        if (!this.isLatest(track, 'assign', stamp)) return;
        const next = op.assignee.trim() || undefined;
        if (track.claim.assignee === next) return;
        history('assign', track.claim.assignee ?? '', next ?? '');
        if (next === undefined) delete track.claim.assignee;
        else track.claim.assignee = next;
        return;
      }
      case 'statement':
        touch(track, stamp, true);
        if (this.isLatest(track, 'statement', stamp)) track.claim.text = op.text;
        return;
      case 'shape': {
        touch(track, stamp, true);
        if (!this.isLatest(track, 'shape', stamp)) return;
        const placed = this.placer?.shape(entry, op.shape, track.claim.status);
        const shape = placed?.shape ?? op.shape;
        const claim = track.claim as Record<string, unknown>;
        for (const key of shapeKeys) {
          const value = shape[key];
          if (value === undefined) delete claim[key];
          else claim[key] = copyJson(value);
        }
        if (placed?.revised) {
          const { from, to } = placed.revised;
          track.claim.history.push({ at: entry.at, by: REANCHORED_BY, action: 'revised', from, to });
        }
        return;
      }
      case 'cite': {
        touch(track, stamp, true);
        const citation = track.citations.get(op.citation.id) ?? {
          origin: stamp,
          position: 0,
          live: [],
          removals: [],
        };
        track.citations.set(op.citation.id, citation);
        if (citation.removals.some((removal) => writerSaw(removal, stamp))) return;
        const before = shownCitation(citation);
        const next = writeRegister(citation.live, { value: op.citation, stamp, writer, by: entry.by });
        if (next === citation.live) return;
        citation.live = next;
        if (before) history('uncite', citationLabel(before));
        history('cite', undefined, citationLabel(op.citation));
        return;
      }
      case 'uncite': {
        touch(track, stamp, true);
        const citation = track.citations.get(op.citation);
        if (!citation) return;
        const before = shownCitation(citation);
        const kept = citation.live.filter((version) => !writerSaw(writer, version.stamp));
        citation.removals.push(writer);
        if (before && kept.length < citation.live.length) history('uncite', citationLabel(before));
        citation.live = kept;
        return;
      }
      case 'remove':
        track.removals.push(writer);
        return;
      case 'approve':
      case 'unapprove':
        touch(track, stamp, false);
        if (!track.approval || compareStamps(stamp, track.approval.stamp) > 0) {
          track.approval = { value: op.op === 'approve', stamp, writer, by: entry.by };
        }
        return;
      case 'tick': {
        touch(track, stamp, false);
        const key = `${op.claim}\n${op.item}`;
        const last = this.tickWrites.get(key);
        if (last && compareStamps(stamp, last) < 0) return;
        this.tickWrites.set(key, stamp);
        const ticks = (track.claim.ticks ?? []).filter((item) => item !== op.item);
        if (op.done) ticks.push(op.item);
        if (ticks.length > 0) track.claim.ticks = ticks;
        else delete track.claim.ticks;
        return;
      }
      case 'history':
        touch(track, stamp, false);
        history(op.action, op.from, op.to);
        return;
    }
  }

  result(): FactdeskDocument {
    const claims: Claim[] = [];
    const finish = (track: ClaimTrack) => {
      if (!isPresent(track)) return;
      materializeRegisters(track);
      materializeCitations(track);
      materializeApproval(track);
      claims.push(track.claim);
    };
    for (const claim of this.base.claims) {
      const track = this.tracks.get(claim.id);
      if (track) finish(track);
      else claims.push(claim);
    }
    for (const track of this.added) finish(track);
    const doc: FactdeskDocument = { ...this.base, claims };
    if (this.dismissed) doc.dismissed = this.dismissed;
    if (this.boilerplate) doc.boilerplate = this.boilerplate.spans;
    for (const { op } of this.fieldWrites.values()) setDraftField(doc, op);
    return doc;
  }

  private track(claimId: string): ClaimTrack | undefined {
    const known = this.tracks.get(claimId);
    if (known) return known;
    const position = this.positions.get(claimId);
    if (position === undefined) return undefined;
    const track = newTrack(this.base.claims[position]!, BASE_STAMP, position);
    this.tracks.set(claimId, track);
    return track;
  }

  /** A new claim; or, for a claim the document has (or had), its state put back as this writer saw it. */
  private add(claim: Claim, stamp: OpStamp, writer: Writer, by: string): void {
    const track = this.track(claim.id);
    if (!track) {
      const added = newTrack(claim, stamp, 0, writer, by);
      this.tracks.set(claim.id, added);
      this.added.push(added);
      return;
    }
    touch(track, stamp, true);
    track.status = writeRegister(track.status, { value: claim.status, stamp, writer, by });
    track.note = writeRegister(track.note, { value: claim.note, stamp, writer, by });
    const target = track.claim as Record<string, unknown>;
    const source = copyJson(claim) as Record<string, unknown>;
    const put = (key: string) => {
      if (source[key] === undefined) delete target[key];
      else target[key] = source[key];
    };
    if (this.isLatest(track, 'assign', stamp)) put('assignee');
    if (this.isLatest(track, 'statement', stamp)) put('text');
    if (this.isLatest(track, 'shape', stamp)) shapeKeys.forEach(put);
    put('ticks');
    const citations = claim.citations;
    const kept = new Set(citations.map((citation) => citation.id));
    for (const [id, citation] of track.citations) {
      if (kept.has(id)) continue;
      citation.live = citation.live.filter((version) => !writerSaw(writer, version.stamp));
      citation.removals.push(writer);
    }
    citations.forEach((value, position) => {
      const citation = track.citations.get(value.id) ?? { origin: stamp, position, live: [], removals: [] };
      track.citations.set(value.id, citation);
      citation.live = writeRegister(citation.live, { value, stamp, writer, by });
    });
  }

  private isLatest(track: ClaimTrack, field: 'assign' | 'statement' | 'shape', stamp: OpStamp): boolean {
    const last = track.lastWrite.get(field);
    if (last && compareStamps(stamp, last) < 0) return false;
    track.lastWrite.set(field, stamp);
    return true;
  }

  private dismiss(quote: string): void {
    this.dismissed ??= [...this.base.dismissed];
    if (!this.dismissed.includes(quote)) this.dismissed.push(quote);
  }
}
