/**
 * Which language a draft, and each of its paragraphs, is written in. The detector is eld (n-gram
 * tables shipped inside the package, 60 languages, nothing fetched at run time); a cheap count of
 * common words decides which paragraphs are worth asking it about, so a draft in one language costs
 * one detection per sample, not one per paragraph.
 *
 * eld's tables take about half a second of CPU to load, so they load only when asked
 * (`loadLanguageDetector()`, which the extraction job awaits): starting the app or the CLI does not pay
 * for them. Until then the common-word count alone tells the languages that have finder tables.
 */
import type { Span } from '../domain/document';
import { LANGUAGE_PACKS } from './languages/packs';
import { countCommonWords, hasLetters } from './common-words';
import type { CommonWords } from './common-words';

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

/**
 * The primary language subtag of a BCP 47 tag, lower case ("es-MX" → "es"); undefined when the tag is
 * not one.
 */
export function normalizeLanguage(tag: string | undefined): string | undefined {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return primary && /^[a-z]{2,3}$/.test(primary) ? primary : undefined;
}

interface Detector {
  detect(text: string): { language: string; isReliable(): boolean };
}
let detector: Detector | undefined;

/** Loads eld's tables once (later calls return at once). */
export async function loadLanguageDetector(): Promise<void> {
  detector ??= (await import('eld/extrasmall')).eld;
}

/** Whether eld's tables are loaded. */
export function languageDetectorLoaded(): boolean {
  return detector !== undefined;
}

/**
 * A BCP 47 code for the language of one text, or undefined when it cannot be told: eld's answer when it
 * is loaded and sure, else the language with finder tables whose common words the text uses most.
 */
export function detectLanguage(text: string): string | undefined {
  if (detector) {
    const result = detector.detect(text);
    return result.language && result.isReliable() ? result.language : undefined;
  }
  const words = countCommonWords(text);
  return words.best !== undefined && words.of(words.best) >= 2 ? words.best : undefined;
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
 * A first guess at the draft's language, to compare paragraphs with: up to six paragraphs spread
 * through the draft, each one's language weighted by its length. A paragraph whose common words make
 * its language sure is not asked about (eld agrees on those, and asking is most of a small draft's
 * detection); the others are asked to the detector, unless the sure ones already outweigh them.
 */
function firstGuess(text: string, paras: readonly Span[], wordsOf: (p: Span) => CommonWords): string {
  const long = paras.filter((p) => p.end - p.start >= MIN_LETTERS);
  const pool = long.length > 0 ? long : paras;
  const count = Math.min(6, pool.length);
  const samples: { sample: string; sure?: string }[] = [];
  for (let i = 0; i < count; i++) {
    const p = pool[Math.floor((i * pool.length) / count)] as Span;
    samples.push({ sample: text.slice(p.start, Math.min(p.end, p.start + 1000)), sure: wordsOf(p).sure });
  }
  const leader = sureLeader(samples);
  if (leader) return leader;
  const votes = new Map<string, number>();
  for (const { sample, sure } of samples) {
    const language = sure ?? detectLanguage(sample);
    if (language) votes.set(language, (votes.get(language) ?? 0) + sample.length);
  }
  return heaviest(votes) ?? FALLBACK_LANGUAGE;
}

/**
 * The language the sure samples give more weight than any other language could reach with every
 * other sample's weight: the vote's winner whatever the detector says about the rest.
 */
function sureLeader(samples: readonly { sample: string; sure?: string }[]): string | undefined {
  const sure = new Map<string, number>();
  let unsure = 0;
  for (const { sample, sure: language } of samples) {
    if (language) sure.set(language, (sure.get(language) ?? 0) + sample.length);
    else unsure += sample.length;
  }
  const leader = heaviest(sure);
  if (!leader) return undefined;
  const top = sure.get(leader) as number;
  for (const [language, weight] of sure) if (language !== leader && weight + unsure >= top) return undefined;
  return top > unsure ? leader : undefined;
}

/** The key with the largest weight (the first one seen on a tie). */
function heaviest(weights: ReadonlyMap<string, number>): string | undefined {
  let best: string | undefined;
  let top = 0;
  for (const [key, weight] of weights) {
    if (weight > top) {
      best = key;
      top = weight;
    }
  }
  return best;
}

/**
 * Finds the draft's language and each paragraph's. With `chosen` (the checker's choice) every paragraph
 * is in that language. Otherwise a paragraph long enough to tell whose common words point away from the
 * first guess is asked about on its own, and keeps the detector's answer when it is sure; the draft's
 * language is then the one most of its text is in.
 */
export function detectDraftLanguages(
  text: string,
  boilerplate: readonly Span[],
  chosen?: string,
): DraftLanguages {
  const paras = paragraphs(text, boilerplate);
  // Counted once a paragraph: the first guess and the paragraph's own check both read it.
  const counted = new Map<Span, CommonWords>();
  const wordsOf = (p: Span): CommonWords => {
    let words = counted.get(p);
    if (!words) counted.set(p, (words = countCommonWords(text.slice(p.start, p.end))));
    return words;
  };
  const language = chosen ?? firstGuess(text, paras, wordsOf);
  const runs: LanguageRun[] = [];
  const known = LANGUAGE_PACKS.some((pack) => pack.code === language);
  for (const p of paras) {
    let own = language;
    if (!chosen) {
      if (hasLetters(text, p.start, p.end, MIN_LETTERS)) {
        const words = wordsOf(p);
        if ((words.best !== undefined && words.best !== language) || (known && words.of(language) === 0)) {
          own = detectLanguage(text.slice(p.start, Math.min(p.end, p.start + 1000))) ?? language;
        }
      }
    }
    const last = runs[runs.length - 1];
    if (last && last.language === own) last.end = p.end;
    else runs.push({ start: p.start, end: p.end, language: own });
  }
  if (chosen || runs.length < 2) return { language, runs };
  const size = new Map<string, number>([[language, 0]]);
  for (const run of runs) size.set(run.language, (size.get(run.language) ?? 0) + run.end - run.start);
  return { language: heaviest(size) ?? language, runs };
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
