import type { Claim, ClaimStatus } from '../domain';
import { anchorOf, reanchor, type AnchorState } from '../revisions/re-anchor';
import { diffTexts, mapOffset, type DiffPart } from '../revisions/text-diff';
import type { ClaimShape, DeskEntry } from './entry';

/*
 * A claim edit (a split, a merge, a quote edited, a claim added or found again, boilerplate marked by
 * a Find claims again) names places in the text its writer
 * had. When a copy logged it without having seen the document's text being folded onto (another
 * copy's revision, made at the same time or before the edit reached it), its span is re-anchored
 * there by the revisions machinery: where its words still are, else flagged for a re-check (changed,
 * or orphaned where its words were), never kept at offsets that now point at other words.
 */

/** A text of a document the writer of an entry may have had; `certain` when it surely had it. */
export interface TextSeen {
  readonly text: string;
  readonly certain: boolean;
}

/** The texts of a document the writer of an entry may have had, the latest first. */
export type TextsSeen = (entry: DeskEntry) => readonly TextSeen[];

/** Who the history of a claim re-anchored in a fold names. */
export const REANCHORED_BY = 'Factdesk (edit made on an earlier text)';

interface Span {
  readonly start: number;
  readonly end: number;
  readonly quote: string;
  readonly sentenceStart?: number;
  readonly sentenceEnd?: number;
}

interface Placed {
  readonly state: AnchorState;
  readonly start: number;
  readonly end: number;
  readonly quote: string;
  readonly sentenceStart: number;
  readonly sentenceEnd: number;
  /** The version number of the text the writer put the span on. */
  readonly version: number;
}

/** A shape put on the folded text, and the history line a flag needs (null: its words are there). */
export interface PlacedShape {
  readonly shape: ClaimShape;
  readonly revised: { readonly from: string; readonly to: string } | null;
}

export class SpanPlacer {
  readonly #diffs = new Map<string, DiffPart[]>();

  /**
   * `text` is the text folded onto; `versionOf` gives the number of an earlier text (for a flagged
   * claim's `previous`).
   */
  constructor(
    private readonly text: string,
    private readonly textsSeen: TextsSeen,
    private readonly versionOf: (text: string) => number,
  ) {}

  /** A shape logged in `entry`, on the folded text; `status` is the claim's verdict there now. */
  shape(entry: DeskEntry, shape: ClaimShape, status: ClaimStatus): PlacedShape {
    const placed = this.#place(entry, shape);
    if (!placed) return { shape, revised: null };
    const next: ClaimShape = { ...shape, ...spanOf(placed) };
    if (placed.state === 'exact' || placed.state === 'moved') return { shape: next, revised: null };
    next.anchoring = placed.state;
    next.needsRecheck = true;
    next.previous = { version: placed.version, quote: shape.quote, status };
    return {
      shape: next,
      revised: { from: shape.quote, to: placed.state === 'changed' ? placed.quote : '' },
    };
  }

  /**
   * A claim added in `entry` (split off, added by hand, found again), on the folded text: as a
   * revision carries a claim over, a flagged one keeps its verdict as `previous` and is unchecked.
   */
  claim(entry: DeskEntry, claim: Claim): Claim {
    const placed = this.#place(entry, claim);
    if (!placed) return claim;
    const next: Claim = { ...claim, ...spanOf(placed) };
    if (placed.state === 'exact' || placed.state === 'moved') return next;
    next.anchoring = placed.state;
    next.needsRecheck = true;
    next.previous = { version: placed.version, quote: claim.quote, status: claim.status };
    next.status = 'unchecked';
    next.history = [
      ...claim.history,
      {
        at: entry.at,
        by: REANCHORED_BY,
        action: 'revised',
        from: claim.quote,
        to: placed.state === 'changed' ? placed.quote : '',
      },
    ];
    return next;
  }

  /**
   * Boilerplate spans (a *Find claims again*) logged in `entry`, on the folded text: each mapped
   * through the diff from the text its writer had (told by the quotes of the claims the same entry
   * found), dropped when its words are not all there unchanged.
   */
  spans(
    entry: DeskEntry,
    spans: readonly { start: number; end: number }[],
  ): { start: number; end: number }[] {
    const quoted: Span[] = entry.ops.flatMap((op) =>
      op.op === 'shape' ? [op.shape] : op.op === 'add' ? [op.claim] : [],
    );
    const from = this.#writtenOn(entry, quoted);
    if (from === null) return spans.map(({ start, end }) => ({ start, end }));
    const parts = this.#diff(from);
    const mapped: { start: number; end: number }[] = [];
    for (const span of spans) {
      const start = mapOffset(parts, span.start, 'start').at;
      const end = mapOffset(parts, span.end, 'end').at;
      // A span whose words changed is dropped: the finder reads them as text again.
      if (end > start && this.text.slice(start, end) === from.slice(span.start, span.end)) {
        mapped.push({ start, end });
      }
    }
    return mapped;
  }

  /**
   * The text `entry`'s writer had, when it is not the folded one: of the texts it may have had, the
   * latest whose words at `quoted` spans are their quotes; without such evidence the latest it surely had.
   */
  #writtenOn(entry: DeskEntry, quoted: readonly Span[]): string | null {
    const texts = this.textsSeen(entry);
    const worded = quoted.filter((span) => span.end > span.start);
    const fits = (text: string) => worded.every((span) => text.slice(span.start, span.end) === span.quote);
    const from =
      (worded.length > 0 ? texts.find((seen) => fits(seen.text)) : undefined) ??
      texts.find((seen) => seen.certain) ??
      texts[0];
    return from === undefined || from.text === this.text ? null : from.text;
  }

  #diff(from: string): DiffPart[] {
    let parts = this.#diffs.get(from);
    if (!parts) this.#diffs.set(from, (parts = diffTexts(from, this.text)));
    return parts;
  }

  /** Where `span`, written in `entry`, sits in the folded text; null when it was written on it. */
  #place(entry: DeskEntry, span: Span): Placed | null {
    const from = this.#writtenOn(entry, [span]);
    if (from === null) return null;
    const parts = this.#diff(from);
    const version = this.versionOf(from);
    if (span.end <= span.start) {
      // An orphaned claim has no words to find: only the place where they were moves.
      const where = mapOffset(parts, span.start, 'start').at;
      return {
        state: 'exact',
        start: where,
        end: where,
        quote: span.quote,
        sentenceStart: where,
        sentenceEnd: where,
        version,
      };
    }
    const at = reanchor(anchorOf(from, span.start, span.end), this.text, parts);
    const orphaned = at.state === 'orphaned';
    const sentenceStart = mapOffset(parts, span.sentenceStart ?? span.start, 'start').at;
    const sentenceEnd = mapOffset(parts, span.sentenceEnd ?? span.end, 'end').at;
    return {
      ...at,
      sentenceStart: orphaned ? at.start : Math.min(sentenceStart, at.start),
      sentenceEnd: orphaned ? at.start : Math.max(sentenceEnd, at.end),
      version,
    };
  }
}

function spanOf(placed: Placed): Span {
  const { start, end, quote, sentenceStart, sentenceEnd } = placed;
  return { start, end, quote, sentenceStart, sentenceEnd };
}
