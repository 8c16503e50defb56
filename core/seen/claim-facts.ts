/**
 * What a claim states, normalized, for "Checked before": its figures (value and what they count), its
 * dates, its speaker and the words it quotes, and its terms. Read from the values the claim finder
 * stored and, again, from the claim's statement with the same finders, so a claim added by hand or
 * restated by the checker is read the same way as one found in a draft.
 */
import type { ClaimKind, ClaimValues } from '../../shared/domain';
import type { Candidate, SentenceRef } from '../../shared/claims/types';
import { findQuantities } from '../../shared/claims/quantities';
import { findDates } from '../../shared/claims/dates';
import { findQuotes } from '../../shared/claims/quotes';
import { packFor } from '../../shared/claims/languages/packs';
import { ENGLISH } from '../../shared/claims/languages/en';
import { fold, isNegated, termsOf } from './terms';

/** A figure: its value (or range) and the head noun of what it counts, or its currency or percent. */
export interface Figure {
  readonly value: number;
  readonly max?: number;
  /** The words of what it counts, stemmed ("troop"), or "percent", "percentage points", "USD"; none when the finder read no unit. */
  readonly unit: readonly string[];
}

/** A date or period as ISO days. */
export interface DateSpan {
  readonly start: string;
  readonly end: string;
}

export interface ClaimFacts {
  readonly kind: ClaimKind;
  readonly figures: readonly Figure[];
  readonly dates: readonly DateSpan[];
  /** The speaker's surname, folded ("stoltenberg"). */
  readonly speaker?: string;
  /** The quoted words' terms (empty when the claim quotes nobody). */
  readonly quoted: readonly string[];
  /** The statement's and quote's terms, each once. */
  readonly terms: readonly string[];
  /** The claim says "not", "no", "never". */
  readonly negated: boolean;
  /** The unit head nouns, which do not count as shared context on their own. */
  readonly unitTerms: ReadonlySet<string>;
}

/** What the facts are read from: a claim's kind, statement, quote and stored values. */
export interface FactSource {
  readonly kind: ClaimKind;
  readonly text: string;
  readonly quote: string;
  readonly values?: ClaimValues;
  readonly language?: string;
}

/** Reads the facts of a claim. */
export function claimFacts(claim: FactSource): ClaimFacts {
  const lang = packFor(claim.language) ?? ENGLISH;
  const sentence: SentenceRef = { text: claim.text, start: 0, end: claim.text.length };
  const dated = findDates(sentence, {}, lang);
  // "3 January 2024" is a date, not a figure of 3.
  const counted = findQuantities(sentence, lang).filter(
    (q) => !dated.some((d) => q.start < d.end && d.start < q.end),
  );
  const found: Candidate[] = [
    ...counted,
    ...dated,
    ...(lang.hints.quote.test(claim.text) ? findQuotes(sentence, { people: [] }, lang) : []),
  ];
  const valueSets: ClaimValues[] = [...(claim.values ? [claim.values] : []), ...found.map((c) => c.values)];
  const figures = new Map<string, Figure>();
  const dates = new Map<string, DateSpan>();
  let speaker: string | undefined;
  for (const values of valueSets) {
    if (typeof values.number === 'number' && Number.isFinite(values.number)) {
      const figure = figureOf(values);
      figures.set(figureKey(figure), figure);
    }
    if (typeof values.dateStart === 'string') {
      const span = { start: values.dateStart, end: values.dateEnd ?? values.dateStart };
      dates.set(`${span.start}/${span.end}`, span);
    }
    if (speaker === undefined && typeof values.speaker === 'string' && values.speaker.trim())
      speaker = surname(values.speaker);
  }
  const quoted = quotedTerms(claim.text);
  const unitTerms = new Set<string>();
  for (const figure of figures.values()) for (const word of figure.unit) unitTerms.add(word);
  return {
    kind: claim.kind,
    figures: [...figures.values()],
    dates: [...dates.values()],
    ...(speaker ? { speaker } : {}),
    quoted,
    negated: isNegated(claim.text),
    terms: [...new Set(termsOf(`${claim.text} ${claim.quote}`))],
    unitTerms,
  };
}

/** The key two agreeing figures share: the value (and range end), then the unit. */
export function figureKey(figure: Figure): string {
  return `${valueKey(figure)}|${figure.unit.join(' ')}`;
}

/** The value part of a figure's key, rounded so 0.1 + 0.2 and 0.3 agree. */
export function valueKey(figure: Figure): string {
  const round = (n: number) => Number(n.toPrecision(12));
  return figure.max === undefined ? `${round(figure.value)}` : `${round(figure.value)}-${round(figure.max)}`;
}

function figureOf(values: ClaimValues): Figure {
  const unit = typeof values.unit === 'string' ? unitWords(values.unit) : [];
  const max = typeof values.numberMax === 'number' ? values.numberMax : undefined;
  return max === undefined ? { value: values.number!, unit } : { value: values.number!, max, unit };
}

/**
 * The words of a unit phrase up to its first "and", "or" or "of", stemmed: "battle tanks and armored
 * vehicles" → tank, battle; "barrels of oil" → barrel. The finder's phrase may run on ("students
 * attend schools"), so two units agree when they share a word. Currencies and percents are kept whole.
 */
export function unitWords(unit: string): string[] {
  if (/^[A-Z]{3}$/.test(unit)) return [unit];
  const lower = fold(unit).trim();
  if (lower === 'percent' || lower === 'percentage points') return [lower];
  const phrase = lower.split(/\s+(?:and|or|of|de|d'|du|des|y|et|und|e)\s+/)[0] ?? lower;
  return [...new Set(termsOf(phrase))];
}

function surname(name: string): string {
  const words = fold(name)
    .replace(/[^\p{L}\s'-]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);
  return words[words.length - 1] ?? '';
}

const QUOTED = /“([^”]{3,})”|"([^"]{3,})"|«([^»]{3,})»|„([^“”]{3,})[“”]/gu;

/** The terms inside quotation marks, each once. */
function quotedTerms(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(QUOTED)) {
    const inner = m[1] ?? m[2] ?? m[3] ?? m[4] ?? '';
    for (const term of termsOf(inner)) out.add(term);
  }
  return [...out];
}
