import type { Span } from '../domain/document';

// A claim's default statement: its highlighted span with just enough of its sentence to be read on its
// own. A sentence holding one claim is that claim's statement; a sentence holding several ("Some 13,000
// soldiers and another 3,500 paratroopers, as well as 800 battle tanks …") gives each claim its own
// clause, with the other claims' words left out ("…") and the clauses no claim owns kept as shared
// context (the verb, where, when), so three claims never share one heading or one rating.

/** Past this length a statement keeps only the context nearest its claim. */
export const STATEMENT_MAX = 160;

const ELLIPSIS = '…';
/** Clause boundaries: a comma, semicolon or colon before a space, a spaced dash, a parenthesis. */
const BOUNDARY = /[,;:](?=\s)|\s[–—-]\s|[()]/g;
/** Words that join a left-out claim to the rest of its clause, dropped beside the gap it leaves. */
const JOINER = 'and|or|but|as well as|plus|while|with|including|along with|together with|nor|then|also';
// Built once here, not per statement: a draft asks for thousands of statements.
/** Gaps (and their joining words) at the start of a clause. */
const GAPS_AT_START = new RegExp(`^(?:${ELLIPSIS}\\s*(?:(?:${JOINER})\\b\\s*)?)+`, 'i');
/** Gaps in a row, perhaps joined by a joining word: one gap. */
const GAP_RUN = new RegExp(`${ELLIPSIS}(?:\\s+(?:(?:${JOINER})\\s+)?${ELLIPSIS})+`, 'gi');
/** A joining word right before a gap, which joins nothing. */
const JOINER_BEFORE_GAP = new RegExp(`\\s+(?:${JOINER})\\s+${ELLIPSIS}`, 'gi');
/** Punctuation after a final gap. */
const STOP_AFTER_GAP = new RegExp(`${ELLIPSIS}\\s*[.!?;:,]*["”’)]?$`);
/** A clause's joining word at its start. */
const LEADING_JOINER = new RegExp(`^(?:${JOINER})\\b\\s*`, 'i');
/** Gaps in a row, spaces between. */
const ELLIPSIS_RUN = new RegExp(`${ELLIPSIS}(?:\\s*${ELLIPSIS})+`, 'g');

interface Segment {
  readonly start: number;
  readonly end: number;
  /** Whose words it holds: this claim's, only other claims', or no claim's (shared context). */
  readonly role: 'own' | 'other' | 'free';
}

/**
 * The default statement of the claim at `span` in `text`, whose sentence is `sentence`; `others` are
 * the spans of the document's other claims that are stated from their sentence (a claim the finder
 * restated in its own words, such as a quote or a title, is not one of them).
 */
export function defaultStatement(
  text: string,
  span: Span,
  sentence: Span,
  others: readonly Span[] = [],
): string {
  const from = Math.min(sentence.start, span.start);
  const to = Math.max(sentence.end, span.end);
  const siblings = others.filter(
    (other) =>
      other.start < to &&
      from < other.end &&
      (other.end <= span.start || span.end <= other.start) &&
      other.end > other.start,
  );
  const whole = oneLine(text.slice(from, to));
  if (siblings.length === 0 && whole.length <= STATEMENT_MAX) return whole;
  const segments = clauses(text, from, to, [span, ...siblings]).map((segment): Segment => ({
    start: segment.start,
    end: segment.end,
    role: roleOf(segment, span, siblings),
  }));
  const own = segments.findIndex((segment) => segment.role === 'own');
  const ownText = elide(text, segments[own]!, siblings);
  const kept = new Set<number>([own]);
  let length = ownText.length;
  // Shared context nearest the claim first, the clause after it (often the verb) before the one before.
  const order = segments
    .map((segment, index) => ({ segment, index }))
    .filter(({ segment }) => segment.role === 'free')
    .sort((a, b) => distance(a.index, own) - distance(b.index, own));
  for (const { segment, index } of order) {
    const words = oneLine(text.slice(segment.start, segment.end));
    // A fragment of one or two words (a dateline's "PORT ELLIS") says too little to be worth a gap.
    if (spacesIn(words) < 2 && Math.abs(index - own) > 1) continue;
    const extra = words.length + 2;
    if (length + extra > STATEMENT_MAX) continue;
    kept.add(index);
    length += extra;
  }
  return assemble(text, segments, kept, own, ownText);
}

/** The sentence cut at clause boundaries that fall outside every claim's span. */
function clauses(text: string, from: number, to: number, spans: readonly Span[]): Span[] {
  const cuts: number[] = [];
  const slice = text.slice(from, to);
  // exec on the one global pattern, not matchAll, which copies the pattern at every call.
  BOUNDARY.lastIndex = 0;
  for (let match = BOUNDARY.exec(slice); match; match = BOUNDARY.exec(slice)) {
    const at = from + match.index;
    const end = at + match[0].length;
    if (spans.some((s) => s.start < end && at < s.end)) continue;
    cuts.push(at, end);
  }
  const spansOut: Span[] = [];
  let start = from;
  for (let i = 0; i < cuts.length; i += 2) {
    if (cuts[i]! > start) spansOut.push({ start, end: cuts[i]! });
    start = cuts[i + 1]!;
  }
  if (to > start) spansOut.push({ start, end: to });
  return spansOut.filter((segment) => text.slice(segment.start, segment.end).trim() !== '');
}

/** The claim's own clause with the other claims' words in it left out. */
function elide(text: string, segment: Span, siblings: readonly Span[]): string {
  let out = '';
  let at = segment.start;
  const inside = siblings
    .filter((s) => overlaps(segment, s))
    .sort((a, b) => a.start - b.start)
    .map((s) => ({ start: Math.max(s.start, segment.start), end: Math.min(s.end, segment.end) }));
  for (const sibling of inside) {
    out += `${text.slice(at, sibling.start)} ${ELLIPSIS} `;
    at = sibling.end;
  }
  out += text.slice(at, segment.end);
  const clause = oneLine(out);
  // Every pattern below has a gap in it: a clause without one is done (most are).
  if (!clause.includes(ELLIPSIS)) return clause;
  return clause
    .replace(GAPS_AT_START, '')
    .replace(GAP_RUN, ELLIPSIS)
    .replace(JOINER_BEFORE_GAP, ` ${ELLIPSIS}`)
    .replace(STOP_AFTER_GAP, ELLIPSIS)
    .trim();
}

/** The kept clauses in text order, "…" where anything was left out between or before them. */
function assemble(
  text: string,
  segments: readonly Segment[],
  kept: ReadonlySet<number>,
  own: number,
  ownText: string,
): string {
  const parts: string[] = [];
  // After a gap a clause's joining word joins nothing: "… spending rose 12 percent", not "… and spending".
  const ownClause = kept.has(own - 1) ? ownText : ownText.replace(LEADING_JOINER, '');
  const midClause = startsMidClause(text, segments[own]!, ownClause);
  let gap = false;
  segments.forEach((segment, index) => {
    if (!kept.has(index)) {
      gap = true;
      return;
    }
    let clause = index === own ? ownClause : oneLine(text.slice(segment.start, segment.end));
    if (gap || parts.length === 0) clause = clause.replace(LEADING_JOINER, '');
    if (parts.length === 0)
      parts.push(gap || (index === own && midClause) ? `${ELLIPSIS} ${clause}` : clause);
    else if (gap) parts.push(` ${ELLIPSIS} ${clause}`);
    else {
      // A clause taken out of an aside ("as well as 800 tanks,") does not keep the aside's closing comma.
      const joint = separator(text, segments[index - 1]!, segment);
      parts.push(`${index === own + 1 && midClause && joint === ', ' ? ' ' : joint}${clause}`);
    }
    gap = false;
  });
  let statement = parts.join('');
  if (gap && !/[.!?…]["”’)]?$/.test(statement)) statement += ` ${ELLIPSIS}`;
  return oneLine(statement.replace(ELLIPSIS_RUN, ELLIPSIS));
}

/** True when the clause lost words at its start (a left-out claim or a joining word). */
function startsMidClause(text: string, segment: Span, clause: string): boolean {
  const gap = clause.indexOf(ELLIPSIS);
  const head = (gap < 0 ? clause : clause.slice(0, gap)).trim();
  return head === '' || !oneLine(text.slice(segment.start, segment.end)).startsWith(head);
}

/**
 * The boundary between two neighbouring clauses as the text has it (", ", " — ", " (", ") "), on one
 * line. Clauses are stated trimmed, so the spaces at their edges belong to the boundary: "plan (phase".
 */
function separator(text: string, previous: Span, next: Span): string {
  let from = previous.end;
  while (from > previous.start && /\s/.test(text[from - 1] as string)) from--;
  let to = next.start;
  while (to < next.end && /\s/.test(text[to] as string)) to++;
  return text.slice(from, to).replace(/\s+/g, ' ');
}

/** Whose words a clause holds: the claim's, only other claims', or no claim's. */
function roleOf(segment: Span, span: Span, siblings: readonly Span[]): Segment['role'] {
  if (overlaps(segment, span)) return 'own';
  return siblings.some((s) => overlaps(segment, s)) ? 'other' : 'free';
}

/** How many spaces a text has, counted up to 2 (enough to tell a fragment of one or two words). */
function spacesIn(text: string): number {
  const first = text.indexOf(' ');
  if (first < 0) return 0;
  return text.indexOf(' ', first + 1) < 0 ? 1 : 2;
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Distance from the claim's clause, the clause after it counting as nearer than the one before. */
function distance(index: number, own: number): number {
  return index > own ? (index - own) * 2 - 1 : (own - index) * 2;
}

/** White space that oneLine must change: any but a plain space, or two spaces in a row. */
const NOT_ONE_LINE = /[^\S ]| {2}/;

function oneLine(text: string): string {
  // Most sentences are already one line: testing is much cheaper than replacing every space.
  return (NOT_ONE_LINE.test(text) ? text.replace(/\s+/g, ' ') : text).trim();
}

/**
 * The spans of claims whose statement is taken from their sentence: every kind but a quote or a title
 * (attribution), which the finder states in its own words ("X said: …", "X is Y.").
 */
export function sentenceStatedSpans(
  claims: readonly { readonly start: number; readonly end: number; readonly kind: string }[],
): Span[] {
  return claims
    .filter((claim) => claim.kind !== 'quote' && claim.kind !== 'attribution' && claim.end > claim.start)
    .map((claim) => ({ start: claim.start, end: claim.end }));
}
