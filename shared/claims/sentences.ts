import type { Span } from '../domain/document';
import type { LanguagePack } from './languages/tables';
import { ENGLISH } from './languages/en';
import { marksAreNonAscii } from './quote-marks';

/** What the splitter reads of a language: its abbreviations, quotation marks and ordinal days. */
interface SplitTables {
  abbreviations: ReadonlySet<string>;
  open: ReadonlySet<string>;
  close: ReadonlySet<string>;
  /** No mark is ASCII: an ASCII character is never looked up in `open` or `close`. */
  nonAsciiMarks: boolean;
  /** Marks that may follow a stop and still belong to its sentence. */
  trailing: RegExp;
  ordinalDay?: RegExp;
}

const splitTables = new WeakMap<LanguagePack, SplitTables>();
function tablesOf(lang: LanguagePack): SplitTables {
  let t = splitTables.get(lang);
  if (!t) {
    const close = [...lang.quotes.close].join('');
    t = {
      abbreviations: lang.abbreviations,
      open: lang.quotes.open,
      close: lang.quotes.close,
      nonAsciiMarks: marksAreNonAscii(lang.quotes.open, lang.quotes.close),
      trailing: new RegExp(`[.!?…"’')\\]${close}]`),
      ordinalDay: lang.ordinalDay,
    };
    splitTables.set(lang, t);
  }
  return t;
}

/** Longest stretch (characters) a quotation may hold a sentence open before we split anyway. */
const MAX_QUOTE_HOLD = 1500;

// Unicode patterns as constants: the Node bundles turn a `\p{…}` literal into `new RegExp` where it stands.
const LETTER_OR_DOT = /[\p{L}.]/u;
const SENTENCE_OPENER = /[\p{Lu}\p{N}"“‘'«([¿¡]/u;
const LOWER_CASE = /\p{Ll}/u;

function isSpace(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\t' || ch === '\u00a0' || ch === '\r';
}

/** Whether the full stop at `dot` ends an abbreviation or an initial rather than a sentence. */
function isAbbreviation(text: string, dot: number, lineStart: number, t: SplitTables): boolean {
  let k = dot - 1;
  while (k >= lineStart && LETTER_OR_DOT.test(text[k] ?? '')) k--;
  const word = text.slice(k + 1, dot).toLowerCase();
  if (word.length === 0) return false;
  if (word.length === 1) return true; // an initial: "J. Smith"
  return t.abbreviations.has(word);
}

/** Whether a sentence may start at `i` (after spaces): a capital, digit, quote or bracket. */
function canStart(ch: string | undefined): boolean {
  if (ch === undefined) return true;
  return SENTENCE_OPENER.test(ch);
}

/** Splits one line (paragraph) into sentence spans, never inside a quotation. */
function splitLine(text: string, lineStart: number, lineEnd: number, out: Span[], t: SplitTables): void {
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
    const mayBeMark = !t.nonAsciiMarks || ch.charCodeAt(0) >= 0x80;
    if (mayBeMark && t.close.has(ch) && depth > 0) {
      depth--;
    } else if (mayBeMark && t.open.has(ch)) {
      if (depth === 0) quoteOpenedAt = i;
      depth++;
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
    while (j < lineEnd && t.trailing.test(text[j] as string)) {
      if (t.close.has(text[j] as string)) closesQuote = true;
      if (text[j] === '"' && straightOpen) closesQuote = true;
      j++;
    }
    if (j < lineEnd && !isSpace(text[j])) continue;
    if ((depth > 0 || straightOpen) && !closesQuote) continue;
    if (closesQuote) {
      // After a closing quote, an attribution in lower case continues the sentence: "…,” he said.
      let k = j;
      while (k < lineEnd && isSpace(text[k])) k++;
      if (k < lineEnd && LOWER_CASE.test(text[k] as string)) continue;
    }
    if (ch === '.' && isAbbreviation(text, i, lineStart, t)) continue;
    let k = j;
    while (k < lineEnd && isSpace(text[k])) k++;
    if (k < lineEnd && !canStart(text[k])) continue;
    // "am 20. Februar": a day with its ordinal stop before a month.
    if (ch === '.' && t.ordinalDay && /(?:^|\D)\d{1,2}$/.test(text.slice(Math.max(lineStart, i - 3), i))) {
      if (t.ordinalDay.test(text.slice(k, k + 12))) continue;
    }
    // Update the quote state for the marks we consumed.
    for (let m = i + 1; m < j; m++) {
      const q = text[m];
      if (t.close.has(q as string)) depth = Math.max(0, depth - 1);
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
 * splitting inside a quotation, skipping the given boilerplate spans (sorted by start). `languageAt`
 * gives the language of the paragraph starting at an offset (asked in increasing order); English if absent.
 */
export function splitSentences(
  text: string,
  boilerplate: readonly Span[] = [],
  languageAt: (offset: number) => LanguagePack = () => ENGLISH,
): Span[] {
  const out: Span[] = [];
  const cursor = { i: 0 };
  let lineStart = 0;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    if (lineEnd > lineStart && !overlapsSorted(boilerplate, cursor, lineStart, lineEnd)) {
      splitLine(text, lineStart, lineEnd, out, tablesOf(languageAt(lineStart)));
    }
    lineStart = lineEnd + 1;
  }
  return out;
}
