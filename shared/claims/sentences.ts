import type { Span } from '../domain/document';

/** Words that end with a full stop without ending a sentence. */
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof sen rep gov gen col lt sgt capt cmdr adm st jr sr inc ltd co corp plc vs etc ' +
    'e.g i.e u.s u.k u.n u.s.a no nos jan feb mar apr jun jul aug sep sept oct nov dec mt approx est fig ' +
    'dept univ assn bros op cf al ave blvd rd ft pres min sec'
  ).split(' '),
);

const OPENING_QUOTES = new Set(['“', '«', '„']);
const CLOSING_QUOTES = new Set(['”', '»']);
/** Longest stretch (characters) a quotation may hold a sentence open before we split anyway. */
const MAX_QUOTE_HOLD = 1500;

function isSpace(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\t' || ch === '\u00a0' || ch === '\r';
}

/** Whether the full stop at `dot` ends an abbreviation or an initial rather than a sentence. */
function isAbbreviation(text: string, dot: number, lineStart: number): boolean {
  let k = dot - 1;
  while (k >= lineStart && /[\p{L}.]/u.test(text[k] ?? '')) k--;
  const word = text.slice(k + 1, dot).toLowerCase();
  if (word.length === 0) return false;
  if (word.length === 1) return true; // an initial: "J. Smith"
  return ABBREVIATIONS.has(word);
}

/** Whether a sentence may start at `i` (after spaces): a capital, digit, quote or bracket. */
function canStart(ch: string | undefined): boolean {
  if (ch === undefined) return true;
  return /[\p{Lu}\p{N}"“‘'«([¿¡]/u.test(ch);
}

/** Splits one line (paragraph) into sentence spans, never inside a quotation. */
function splitLine(text: string, lineStart: number, lineEnd: number, out: Span[]): void {
  let sentenceStart = lineStart;
  let depth = 0;
  let straightOpen = false;
  let quoteOpenedAt = -1;
  const push = (end: number): void => {
    let s = sentenceStart;
    let e = end;
    while (s < e && (isSpace(text[s]) || text[s] === '\u200b')) s++;
    while (e > s && isSpace(text[e - 1])) e--;
    if (e > s) out.push({ start: s, end: e });
  };
  for (let i = lineStart; i < lineEnd; i++) {
    const ch = text[i] as string;
    if (OPENING_QUOTES.has(ch)) {
      if (depth === 0) quoteOpenedAt = i;
      depth++;
    } else if (CLOSING_QUOTES.has(ch)) {
      depth = Math.max(0, depth - 1);
    } else if (ch === '"') {
      straightOpen = !straightOpen;
      if (straightOpen) quoteOpenedAt = i;
    }
    const inQuote = depth > 0 || straightOpen;
    if (inQuote && i - quoteOpenedAt > MAX_QUOTE_HOLD) {
      depth = 0;
      straightOpen = false;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '…') continue;
    // Closing marks that belong to this sentence: quotes, brackets, more stops.
    let j = i + 1;
    let closesQuote = false;
    while (j < lineEnd && /[.!?…"”’'»)\]]/.test(text[j] as string)) {
      if (text[j] === '”' || text[j] === '»') closesQuote = true;
      if (text[j] === '"' && straightOpen) closesQuote = true;
      j++;
    }
    if (j < lineEnd && !isSpace(text[j])) continue;
    if ((depth > 0 || straightOpen) && !closesQuote) continue;
    if (closesQuote) {
      // After a closing quote, an attribution in lower case continues the sentence: "…,” he said.
      let k = j;
      while (k < lineEnd && isSpace(text[k])) k++;
      if (k < lineEnd && /\p{Ll}/u.test(text[k] as string)) continue;
    }
    if (ch === '.' && isAbbreviation(text, i, lineStart)) continue;
    let k = j;
    while (k < lineEnd && isSpace(text[k])) k++;
    if (k < lineEnd && !canStart(text[k])) continue;
    // Update the quote state for the marks we consumed.
    for (let m = i + 1; m < j; m++) {
      const q = text[m];
      if (q === '”' || q === '»') depth = Math.max(0, depth - 1);
      if (q === '"') straightOpen = !straightOpen;
    }
    push(j);
    sentenceStart = j;
    i = j - 1;
  }
  push(lineEnd);
}

/** Whether [start, end) overlaps any of the sorted spans, advancing the cursor as it goes. */
function overlapsSorted(spans: readonly Span[], cursor: { i: number }, start: number, end: number): boolean {
  while (cursor.i < spans.length && (spans[cursor.i] as Span).end <= start) cursor.i++;
  const span = spans[cursor.i];
  return span !== undefined && span.start < end;
}

/**
 * Splits a text into sentence spans, paragraph by paragraph (line breaks end sentences), without
 * splitting inside a quotation, skipping the given boilerplate spans (sorted by start).
 */
export function splitSentences(text: string, boilerplate: readonly Span[] = []): Span[] {
  const out: Span[] = [];
  const cursor = { i: 0 };
  let lineStart = 0;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    if (lineEnd > lineStart && !overlapsSorted(boilerplate, cursor, lineStart, lineEnd)) {
      splitLine(text, lineStart, lineEnd, out);
    }
    lineStart = lineEnd + 1;
  }
  return out;
}
