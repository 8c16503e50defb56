import type { Span } from '../domain/document';
import type { Candidate, ExtractionOptions, ExtractionResult, FoundClaim, SentenceRef } from './types';
import type { SpeakerMemory } from './quotes';
import type { LanguagePack } from './languages/tables';
import { findBoilerplate } from './boilerplate';
import { splitSentences } from './sentences';
import { findQuantities } from './quantities';
import { findDates } from './dates';
import { findQuotes, rememberPerson } from './quotes';
import { findComparisons } from './comparisons';
import { findAccordingTo, findPersonRoles, findRoles } from './roles';
import { findEvent } from './events';
import { mergeCandidates } from './merge';
import { defaultStatement } from './statement';
import { checkConsistency } from './consistency';
import { parseIso } from './calendar';
import { detectDraftLanguages, languageCursor, normalizeLanguage } from './language';
import { ENGLISH } from './languages/en';
import { packFor } from './languages/packs';
import { bundledRanker, scoreSentence } from '../ranking/index';

export type { FoundClaim, ExtractionOptions, ExtractionResult, Candidate, SentenceRef } from './types';
export type { CheckableClaim, ConsistencyIssue } from './consistency';
export type { LanguagePack } from './languages/tables';
export type { DraftLanguages, LanguageRun } from './language';
export { checkConsistency } from './consistency';
export { findBoilerplate, isBoilerplateLine } from './boilerplate';
export { splitSentences } from './sentences';
export {
  detectLanguage,
  detectDraftLanguages,
  normalizeLanguage,
  loadLanguageDetector,
  languageDetectorLoaded,
  FALLBACK_LANGUAGE,
} from './language';
export { LANGUAGE_PACKS, packFor } from './languages/packs';
export { defaultStatement, sentenceStatedSpans, STATEMENT_MAX } from './statement';

/** Runs every finder on one sentence, with the tables of its language, and merges what they found. */
function candidatesOf(
  sentence: SentenceRef,
  memory: SpeakerMemory,
  reference: ReturnType<typeof parseIso>,
  lang: LanguagePack,
): Candidate[] {
  const s = sentence.text;
  const found: Candidate[] = [];
  if (lang.roles.hint.test(s)) {
    const people = findPersonRoles(sentence, lang);
    for (const p of people) rememberPerson(memory, p.name);
    found.push(...findRoles(sentence, people, lang));
  }
  if (lang.hints.quote.test(s)) found.push(...findQuotes(sentence, memory, lang));
  if (lang.hints.number.test(s)) found.push(...findQuantities(sentence, lang));
  found.push(...findDates(sentence, { reference }, lang));
  if (lang.comparisons.hint.test(s)) found.push(...findComparisons(sentence, lang));
  if (lang.roles.accordingHint.test(s)) found.push(...findAccordingTo(sentence, lang));
  if (found.length === 0) found.push(...findEvent(sentence, lang));
  return mergeCandidates(found);
}

/** A claim to be stated from its sentence, and the sentence's other claims stated that way. */
interface StatementSource {
  claim: FoundClaim;
  candidate: Candidate;
  sentence: Span;
  others: readonly Candidate[];
}

function statementOf(text: string, { candidate, sentence, others }: StatementSource): string {
  // `others` holds the claim itself: defaultStatement leaves out every span that overlaps the claim's.
  return defaultStatement(text, candidate, sentence, others);
}

/** The default cap: 30, or one claim per two sentences on long drafts. */
function defaultCap(sentenceCount: number): number {
  return Math.max(30, Math.ceil(sentenceCount / 2));
}

/**
 * Finds the checkable claims in a draft: typed (quantity, date, quote, comparison, attribution, event),
 * normalized, with exact spans, ranked by check-worthiness (best first), with consistency warnings attached.
 * Boilerplate lines (related links, ads, captions) are returned as spans and yield no claims. Each
 * paragraph is read with the tables of its language (detected, or `options.language` for all of them);
 * languages without tables are read with the English ones.
 */
export function extractClaims(text: string, options: ExtractionOptions = {}): ExtractionResult {
  const boilerplate: Span[] = findBoilerplate(text);
  const languages = detectDraftLanguages(text, boilerplate, normalizeLanguage(options.language));
  const packAt = (at: (offset: number) => string) => (offset: number) => packFor(at(offset)) ?? ENGLISH;
  const sentences = splitSentences(text, boilerplate, packAt(languageCursor(languages)));
  const languageAt = languageCursor(languages);
  const reference = parseIso(options.documentDate);
  const memory: SpeakerMemory = { people: [] };
  const ranker = bundledRanker();
  const dismissed = new Set((options.dismissed ?? []).map((q) => q.trim()));
  const claims: FoundClaim[] = [];
  /** How worth checking each claim's kind is (figures before dates before events), for ties. */
  const priors: number[] = [];
  /** What each claim's default statement is made from, when its finder did not state it. */
  const unstated: (StatementSource | undefined)[] = [];
  let counted = 0;
  for (const span of sentences) {
    if (options.onProgress && ++counted % 500 === 0)
      options.onProgress(span.start / Math.max(1, text.length));
    const sentence: SentenceRef = {
      text: text.slice(span.start, span.end),
      start: span.start,
      end: span.end,
    };
    const language = languageAt(span.start);
    const lang = packFor(language) ?? ENGLISH;
    const candidates = candidatesOf(sentence, memory, reference, lang);
    if (candidates.length === 0) continue;
    // The claim's score is its sentence's calibrated check-worthiness (a probability, 4 decimals), on
    // the language-independent cues alone when the sentence is not English.
    const sentenceScore = Math.round(scoreSentence(ranker, sentence.text, { language }) * 1e4) / 1e4;
    // Claims stated from this sentence (not restated by their finder) get a statement each.
    const stated = candidates.filter((c) => c.text === undefined);
    for (const c of candidates) {
      const quote = text.slice(c.start, c.end);
      if (dismissed.size > 0 && dismissed.has(quote.trim())) continue;
      const claim: FoundClaim = {
        start: c.start,
        end: c.end,
        quote,
        // Stated below, for the claims kept: most candidates of a long draft fall past the cap.
        text: c.text ?? '',
        kind: c.kind,
        score: sentenceScore,
        sentenceStart: Math.min(span.start, c.start),
        sentenceEnd: Math.max(span.end, c.end),
        language,
      };
      if (Object.keys(c.values).length > 0) claim.values = c.values;
      if (c.warnings && c.warnings.length > 0) claim.warnings = [...c.warnings];
      claims.push(claim);
      priors.push(c.prior);
      unstated.push(
        c.text === undefined ? { claim, candidate: c, sentence: span, others: stated } : undefined,
      );
    }
  }
  for (const issue of checkConsistency(claims)) {
    for (const i of issue.claims) {
      const claim = claims[i] as FoundClaim;
      claim.warnings = [...(claim.warnings ?? []), issue.message];
    }
  }
  // Best first; a claim with a warning is worth a look before its peers; within a sentence (one
  // score), the kind of claim decides.
  const ranked = claims
    .map((claim, i) => ({
      claim,
      key: claim.score + (claim.warnings?.length ? 0.05 : 0),
      prior: priors[i] as number,
      source: unstated[i],
    }))
    .sort((a, b) => b.key - a.key || b.prior - a.prior || a.claim.start - b.claim.start);
  const cap = options.maxSuggestions ?? defaultCap(sentences.length);
  const kept = ranked.slice(0, Math.max(0, cap));
  for (const { source } of kept) if (source) source.claim.text = statementOf(text, source);
  const result: ExtractionResult = { claims: kept.map(({ claim }) => claim), boilerplate, sentences };
  if (languages.runs.length > 0) result.language = languages.language;
  if (languages.runs.length > 1) result.languages = languages.runs;
  return result;
}
