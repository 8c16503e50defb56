/**
 * Which language a draft, and each of its paragraphs, is written in. The detector is eld (n-gram
 * tables shipped inside the package, 60 languages, nothing fetched at run time); a cheap count of
 * common words decides which paragraphs are worth asking it about, so a draft in one language costs
 * one detection per sample, not one per paragraph.
 */
import { eld } from 'eld/extrasmall';
import type { Span } from '../domain/document';
import { LANGUAGE_PACKS } from './languages/packs';

/** A stretch of the text (one or more whole paragraphs) in one language. */
export interface LanguageRun {
  start: number;
  end: number;
  /** BCP 47 primary language code: en, es, fr, de, pt, it, … */
  language: string;
}

/** What the language pass found. */
export interface DraftLanguages {
  /** The draft's main language. */
  language: string;
  /** Paragraph runs, in order, covering every paragraph that is not boilerplate. */
  runs: LanguageRun[];
}

/** The language assumed when nothing can be told (an empty or numbers-only draft). */
export const FALLBACK_LANGUAGE = 'en';
/** Paragraphs with fewer letters than this take the draft's language: too short to tell. */
const MIN_LETTERS = 40;
/** How much of a paragraph the common-word count reads. */
const GATE_CHARS = 400;

/**
 * The primary language subtag of a BCP 47 tag, lower case ("es-MX" → "es"); undefined when the tag is
 * not one.
 */
export function normalizeLanguage(tag: string | undefined): string | undefined {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return primary && /^[a-z]{2,3}$/.test(primary) ? primary : undefined;
}

/** A BCP 47 code for the language of one text, or undefined when the detector cannot tell. */
export function detectLanguage(text: string): string | undefined {
  const result = eld.detect(text);
  if (!result.language || !result.isReliable()) return undefined;
  return result.language;
}

/** Counts the common words of each language with tables in the first part of a paragraph. */
function commonWordCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of text.slice(0, GATE_CHARS).matchAll(/\p{L}+/gu)) {
    const word = m[0].toLowerCase();
    for (const pack of LANGUAGE_PACKS) {
      if (pack.functionWords.has(word)) counts.set(pack.code, (counts.get(pack.code) ?? 0) + 1);
    }
  }
  return counts;
}

/** The language whose common words a paragraph uses most, if any clearly leads. */
function likelyByCommonWords(text: string): { best?: string; of: (code: string) => number } {
  const counts = commonWordCounts(text);
  let best: string | undefined;
  let top = 0;
  for (const [code, n] of counts) {
    if (n > top) {
      best = code;
      top = n;
    }
  }
  return { best, of: (code) => counts.get(code) ?? 0 };
}

function letterCount(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(/\p{L}/gu)) if (++n >= MIN_LETTERS) break;
  return n;
}

/** Paragraphs (lines) outside the boilerplate spans, with their offsets. */
function paragraphs(text: string, boilerplate: readonly Span[]): Span[] {
  const out: Span[] = [];
  let b = 0;
  let lineStart = 0;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    while (b < boilerplate.length && (boilerplate[b] as Span).end <= lineStart) b++;
    const inBoilerplate = b < boilerplate.length && (boilerplate[b] as Span).start < lineEnd;
    if (lineEnd > lineStart && !inBoilerplate && text.slice(lineStart, lineEnd).trim() !== '') {
      out.push({ start: lineStart, end: lineEnd });
    }
    lineStart = lineEnd + 1;
  }
  return out;
}

/**
 * The draft's language: the detector asked about up to six samples spread through the draft, each
 * vote weighted by the sample's length.
 */
function draftLanguage(text: string, paras: readonly Span[]): string {
  const long = paras.filter((p) => p.end - p.start >= MIN_LETTERS);
  const pool = long.length > 0 ? long : paras;
  if (pool.length === 0) return FALLBACK_LANGUAGE;
  const votes = new Map<string, number>();
  const samples = Math.min(6, pool.length);
  for (let i = 0; i < samples; i++) {
    const p = pool[Math.floor((i * pool.length) / samples)] as Span;
    // A sample of about 600 characters from this paragraph on (the detector reads at most 1,000).
    let end = p.end;
    for (let j = pool.indexOf(p) + 1; end - p.start < 600 && j < pool.length; j++)
      end = (pool[j] as Span).end;
    const sample = text.slice(p.start, Math.min(end, p.start + 1000));
    const language = detectLanguage(sample);
    if (language) votes.set(language, (votes.get(language) ?? 0) + sample.length);
  }
  let best = FALLBACK_LANGUAGE;
  let top = 0;
  for (const [language, weight] of votes) {
    if (weight > top) {
      best = language;
      top = weight;
    }
  }
  return best;
}

/**
 * Finds the draft's language and each paragraph's. With `chosen` (the checker's choice) every paragraph
 * is in that language. Otherwise a paragraph long enough to tell whose common words point away from the
 * draft's language is asked about on its own, and keeps the detector's answer when it is sure.
 */
export function detectDraftLanguages(
  text: string,
  boilerplate: readonly Span[],
  chosen?: string,
): DraftLanguages {
  const paras = paragraphs(text, boilerplate);
  const language = chosen ?? draftLanguage(text, paras);
  const runs: LanguageRun[] = [];
  const known = LANGUAGE_PACKS.some((pack) => pack.code === language);
  for (const p of paras) {
    let own = language;
    if (!chosen) {
      const paragraph = text.slice(p.start, p.end);
      if (letterCount(paragraph) >= MIN_LETTERS) {
        const words = likelyByCommonWords(paragraph);
        if ((words.best !== undefined && words.best !== language) || (known && words.of(language) === 0)) {
          own = detectLanguage(paragraph.slice(0, 1000)) ?? language;
        }
      }
    }
    const last = runs[runs.length - 1];
    if (last && last.language === own) last.end = p.end;
    else runs.push({ start: p.start, end: p.end, language: own });
  }
  return { language, runs };
}

/**
 * A reader of the language at increasing offsets: `at(offset)` gives the language of the run holding
 * it (or the run before it), for walking sentences in order without searching.
 */
export function languageCursor(found: DraftLanguages): (offset: number) => string {
  let i = 0;
  return (offset) => {
    while (i + 1 < found.runs.length && (found.runs[i + 1] as LanguageRun).start <= offset) i++;
    const run = found.runs[i];
    return run && run.start <= offset ? run.language : found.language;
  };
}
