import { mapOffset, spanUntouched, type DiffPart } from './text-diff';
import { similarity } from './similarity';

import type { AnchorState } from '../domain/enums';

export type { AnchorState } from '../domain/enums';

/**
 * Where a claim sat in the old text, as Hypothesis anchors an annotation: its exact quote with the
 * text just before and after it (a TextQuoteSelector) and its offsets (a TextPositionSelector).
 */
export interface TextAnchor {
  readonly exact: string;
  readonly prefix: string;
  readonly suffix: string;
  readonly start: number;
  readonly end: number;
}

/** Where the claim is in the new text. An orphaned claim has an empty span where its text used to be. */
export interface Reanchored {
  readonly state: AnchorState;
  readonly start: number;
  readonly end: number;
  readonly quote: string;
}

/** How much text either side of a quote its anchor keeps. */
export const CONTEXT_LENGTH = 32;
/** Below this likeness a rewritten span counts as another statement, and the claim as orphaned. */
const MIN_LIKENESS = 0.3;

/** The anchor of the span `[start, end)` of `text`. */
export function anchorOf(text: string, start: number, end: number): TextAnchor {
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
    suffix: text.slice(end, end + CONTEXT_LENGTH),
    start,
    end,
  };
}

/**
 * Finds an anchored span again in a new text: untouched by the diff ("exact"); the same quote found
 * elsewhere, best by surrounding text and nearness ("moved"), unless another figure of its sort now
 * stands in its place ("changed" there); its surroundings found with other text
 * between them that is still like the quote ("changed"); else "orphaned" at the place it was.
 * `taken` holds spans already claimed by other anchors (`start:end`), so two claims never share one.
 */
export function reanchor(
  anchor: TextAnchor,
  newText: string,
  parts: readonly DiffPart[],
  taken: ReadonlySet<string> = new Set(),
): Reanchored {
  const hint = mapOffset(parts, anchor.start, 'start').at;
  // Untouched means the quote and a few characters either side of it: a lone word the diff happened to
  // keep inside a rewritten sentence does not count.
  const margin = { before: Math.min(8, anchor.prefix.length), after: Math.min(8, anchor.suffix.length) };
  if (spanUntouched(parts, anchor.start - margin.before, anchor.end + margin.after)) {
    const start = hint;
    return { state: 'exact', start, end: start + anchor.exact.length, quote: anchor.exact };
  }
  const found = findQuote(anchor, newText, hint, taken);
  if (found !== null) {
    const mappedEnd = mapOffset(parts, anchor.end, 'end').at;
    const state = found === hint && found + anchor.exact.length === mappedEnd ? 'exact' : 'moved';
    // A figure swapped between the very words it sat between outweighs the old figure turning up
    // elsewhere ("replacing the $27 million budget of 2022"): the verdict was given to this sentence.
    const swapped = state === 'moved' ? swappedInPlace(anchor, newText, parts, hint, taken) : null;
    if (swapped) return swapped;
    return { state, start: found, end: found + anchor.exact.length, quote: anchor.exact };
  }
  const changed = findChanged(anchor, newText, parts, hint, taken);
  if (changed) return changed;
  return { state: 'orphaned', start: hint, end: hint, quote: anchor.exact };
}

/** The best place of the unchanged quote in the new text, or null when no place has enough context. */
function findQuote(
  anchor: TextAnchor,
  text: string,
  hint: number,
  taken: ReadonlySet<string>,
): number | null {
  if (!anchor.exact.trim()) return null;
  let best: { at: number; score: number } | null = null;
  for (let at = text.indexOf(anchor.exact), seen = 0; at >= 0 && seen < 1000; seen++) {
    if (!taken.has(`${at}:${at + anchor.exact.length}`) && standsAlone(text, at, anchor.exact.length)) {
      const context =
        sharedTail(anchor.prefix, text.slice(Math.max(0, at - CONTEXT_LENGTH), at)) +
        sharedHead(
          anchor.suffix,
          text.slice(at + anchor.exact.length, at + anchor.exact.length + CONTEXT_LENGTH),
        );
      // Context counts most; nearness to where the claim was breaks ties.
      const score = context - Math.abs(at - hint) / (text.length + 1);
      if (!best || score > best.score) best = { at, score };
    }
    at = text.indexOf(anchor.exact, at + 1);
  }
  if (!best) return null;
  const available = Math.min(8, anchor.prefix.length + anchor.suffix.length);
  const distinctive = anchor.exact.trim().length >= 24;
  return best.score + 1 >= available || distinctive ? best.at : null;
}

/** A span of the new text where the claim may now be; `replaced` when it is what the diff put in its place. */
interface Place {
  readonly start: number;
  readonly end: number;
  readonly replaced?: true;
}

/** Where the diff puts the quote: the text it put in the quote's place first, then the quote's mapped ends. */
function diffPlaces(anchor: TextAnchor, parts: readonly DiffPart[], hint: number): Place[] {
  const places: Place[] = [];
  const replaced = replacedSpan(parts, anchor.start, anchor.end);
  if (replaced) places.push({ ...replaced, replaced: true });
  const mappedEnd = mapOffset(parts, anchor.end, 'end').at;
  if (mappedEnd > hint) places.push({ start: hint, end: mappedEnd });
  return places;
}

/** The span between the quote's surroundings in the new text, if it still reads like the quote. */
function findChanged(
  anchor: TextAnchor,
  text: string,
  parts: readonly DiffPart[],
  hint: number,
  taken: ReadonlySet<string>,
): Reanchored | null {
  const candidates: Place[] = [
    ...diffPlaces(anchor, parts, hint),
    ...betweenSurroundings(anchor, text, hint),
  ];
  let best: { start: number; end: number; likeness: number } | null = null;
  for (const candidate of candidates) {
    const span = trim(text, candidate.start, candidate.end);
    if (span.end <= span.start || taken.has(`${span.start}:${span.end}`)) continue;
    const now = text.slice(span.start, span.end);
    const likeness = Math.max(
      similarity(anchor.exact, now),
      changedInPlace(anchor, text, span, now) ? MIN_LIKENESS : 0,
    );
    // What the diff put in the quote's place is the claim now, when it still reads like it: a
    // shorter span can score a little higher by leaving the new figure out ("from February 10 to").
    if (candidate.replaced && likeness >= MIN_LIKENESS) {
      best = { ...span, likeness };
      break;
    }
    if (!best || likeness > best.likeness) best = { ...span, likeness };
  }
  if (!best || best.likeness < MIN_LIKENESS) return null;
  return { state: 'changed', start: best.start, end: best.end, quote: text.slice(best.start, best.end) };
}

/** The claim's place when another figure, date or name of its sort now stands between its own surroundings. */
function swappedInPlace(
  anchor: TextAnchor,
  text: string,
  parts: readonly DiffPart[],
  hint: number,
  taken: ReadonlySet<string>,
): Reanchored | null {
  for (const candidate of diffPlaces(anchor, parts, hint)) {
    const span = trim(text, candidate.start, candidate.end);
    const now = text.slice(span.start, span.end);
    if (span.end <= span.start || now === anchor.exact || taken.has(`${span.start}:${span.end}`)) continue;
    if (changedInPlace(anchor, text, span, now)) return { state: 'changed', ...span, quote: now };
  }
  return null;
}

/** How many characters either side must be as they were for a replacement to count as "in place". */
const IN_PLACE_EDGE = 6;

/**
 * True when a figure, date or name was swapped for another of its sort between untouched words: "$27 a
 * month" became "$31 a month". Such short spans share no letters ("$27", "$31"), so likeness alone would
 * call the claim orphaned and keep its old verdict; this makes it changed, so its verdict is looked at again.
 */
function changedInPlace(
  anchor: TextAnchor,
  text: string,
  span: { start: number; end: number },
  now: string,
): boolean {
  const before = text.slice(Math.max(0, span.start - CONTEXT_LENGTH), span.start);
  const after = text.slice(span.end, span.end + CONTEXT_LENGTH);
  const edgesKept =
    sharedTail(anchor.prefix, before) >= Math.min(IN_PLACE_EDGE, anchor.prefix.length) &&
    sharedHead(anchor.suffix, after) >= Math.min(IN_PLACE_EDGE, anchor.suffix.length);
  return edgesKept && now.length <= anchor.exact.length * 2 + 12 && sameSort(anchor.exact, now);
}

/** Both hold a figure, or both are names (capitalized, no figure). */
function sameSort(a: string, b: string): boolean {
  const figure = /\p{N}/u;
  if (figure.test(a) || figure.test(b)) return figure.test(a) && figure.test(b);
  const name = /^\p{Lu}/u;
  return name.test(a.trim()) && name.test(b.trim());
}

/**
 * The new text that the diff put in the place of `[start, end)`: every kept or added run from where
 * the span starts to where it ends, including text added right at either edge in place of removed text.
 */
function replacedSpan(
  parts: readonly DiffPart[],
  start: number,
  end: number,
): { start: number; end: number } | null {
  let from = -1;
  let to = -1;
  parts.forEach((part, index) => {
    let inside: boolean;
    if (part.kind === 'added') {
      const touching = (neighbour: DiffPart | undefined) =>
        neighbour?.kind === 'removed' && neighbour.oldStart < end && start < neighbour.oldEnd;
      inside =
        (part.oldStart > start && part.oldStart < end) ||
        ((part.oldStart === start || part.oldStart === end) &&
          (touching(parts[index - 1]) || touching(parts[index + 1])));
    } else inside = part.oldStart < end && start < part.oldEnd;
    if (!inside || part.newEnd <= part.newStart) {
      if (inside && from < 0) from = part.newStart;
      return;
    }
    const shift = part.kind === 'same' ? part.newStart - part.oldStart : 0;
    const newStart = part.kind === 'same' ? Math.max(part.oldStart, start) + shift : part.newStart;
    const newEnd = part.kind === 'same' ? Math.min(part.oldEnd, end) + shift : part.newEnd;
    if (from < 0 || newStart < from) from = newStart;
    to = Math.max(to, newEnd);
  });
  return from >= 0 && to > from ? { start: from, end: to } : null;
}

/**
 * Spans that begin right after the quote's prefix and end right before its suffix (the last and first
 * 16 characters, else 8), nearest to where the claim was first.
 */
function betweenSurroundings(
  anchor: TextAnchor,
  text: string,
  hint: number,
): { start: number; end: number }[] {
  const window = anchor.exact.length * 2 + 64;
  const starts = edgeMatches(text, [anchor.prefix.slice(-16), anchor.prefix.slice(-8)], 'after');
  const ends = edgeMatches(text, [anchor.suffix.slice(0, 16), anchor.suffix.slice(0, 8)], 'before');
  if (anchor.prefix === '') starts.push(0);
  if (anchor.suffix === '') ends.push(text.length);
  const spans: { start: number; end: number }[] = [];
  for (const start of starts) {
    const end = ends.filter((at) => at >= start && at - start <= window).sort((a, b) => a - b)[0];
    if (end !== undefined) spans.push({ start, end });
  }
  if (spans.length === 0) {
    // Only the text after the quote survived: take as much before it as the quote was long.
    for (const end of ends) spans.push({ start: Math.max(0, end - anchor.exact.length), end });
  }
  return spans.sort((a, b) => Math.abs(a.start - hint) - Math.abs(b.start - hint)).slice(0, 20);
}

/** Offsets just after (or at) each occurrence of the longest of `edges` that occurs and is not blank. */
function edgeMatches(text: string, edges: readonly string[], side: 'after' | 'before'): number[] {
  for (const edge of edges) {
    if (edge.trim().length < 4) continue;
    const found = occurrences(text, edge);
    if (found.length > 0) return found.map((at) => (side === 'after' ? at + edge.length : at));
  }
  return [];
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * True when the match at `[at, at + length)` is not part of a longer word or number: "70 people" is not
 * found inside "770 people".
 */
export function standsAlone(text: string, at: number, length: number): boolean {
  const first = text[at] ?? '';
  const last = text[at + length - 1] ?? '';
  const before = text[at - 1] ?? '';
  const after = text[at + length] ?? '';
  if (WORD_CHAR.test(first) && WORD_CHAR.test(before)) return false;
  if (WORD_CHAR.test(last) && WORD_CHAR.test(after)) return false;
  return true;
}

function occurrences(text: string, part: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(part); at >= 0 && found.length < 200; at = text.indexOf(part, at + 1))
    found.push(at);
  return found;
}

function sharedTail(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function sharedHead(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

function trim(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}
