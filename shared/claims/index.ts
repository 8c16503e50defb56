import type { Span } from '../domain/document';
import type { Candidate, ExtractionOptions, ExtractionResult, FoundClaim, SentenceRef } from './types';
import type { SpeakerMemory } from './quotes';
import { findBoilerplate } from './boilerplate';
import { splitSentences } from './sentences';
import { findQuantities } from './quantities';
import { findDates } from './dates';
import { findQuotes, rememberPerson } from './quotes';
import { findComparisons } from './comparisons';
import { findAccordingTo, findPersonRoles, findRoles } from './roles';
import { findEvent } from './events';
import { mergeCandidates } from './merge';
import { checkConsistency } from './consistency';
import { parseIso } from './calendar';
import { bundledRanker, scoreSentence } from '../ranking/index';

export type { FoundClaim, ExtractionOptions, ExtractionResult, Candidate, SentenceRef } from './types';
export type { CheckableClaim, ConsistencyIssue } from './consistency';
export { checkConsistency } from './consistency';
export { findBoilerplate, isBoilerplateLine } from './boilerplate';
export { splitSentences } from './sentences';

const QUOTE_HINT = /["“«‘]/;
const NUMBER_HINT =
  /\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|dozens?)\b/i;
const COMPARISON_HINT =
  /est\b|\bmost\b|\bleast\b|\bfirst\b|\brecord|\bthan\b|all-time|never before|unprecedented|doubled|tripled|quadrupled|halved|twice|fold\b/i;
const ROLE_HINT =
  /Minister|President|Secretary|Chancellor|Governor|Mayor|Senator|Sen\.|Rep\.|Ambassador|Spokes|Chief|CEO|Chair|Director|Commander|General|Admiral|King|Queen|Prince|Pope|Judge|Justice|Prosecutor|Envoy|Advis|Premier|Leader|Head|Founder|Professor|Dr\.|Representative|Congress|Speaker/;

/** Runs every finder on one sentence and merges what they found. */
function candidatesOf(
  sentence: SentenceRef,
  memory: SpeakerMemory,
  reference: ReturnType<typeof parseIso>,
): Candidate[] {
  const s = sentence.text;
  const found: Candidate[] = [];
  if (ROLE_HINT.test(s)) {
    const people = findPersonRoles(sentence);
    for (const p of people) rememberPerson(memory, p.name);
    found.push(...findRoles(sentence, people));
  }
  if (QUOTE_HINT.test(s)) found.push(...findQuotes(sentence, memory));
  if (NUMBER_HINT.test(s)) found.push(...findQuantities(sentence));
  found.push(...findDates(sentence, { reference }));
  if (COMPARISON_HINT.test(s)) found.push(...findComparisons(sentence));
  if (/according to/i.test(s)) found.push(...findAccordingTo(sentence));
  if (found.length === 0) found.push(...findEvent(sentence));
  return mergeCandidates(found);
}

/** The default cap: 30, or one claim per two sentences on long drafts. */
function defaultCap(sentenceCount: number): number {
  return Math.max(30, Math.ceil(sentenceCount / 2));
}

/** Blends the sentence's check-worthiness with how worth checking this sort of claim is. */
function blend(sentenceScore: number, prior: number): number {
  return Math.min(1, Math.max(0, 0.5 * sentenceScore + 0.5 * prior));
}

/**
 * Finds the checkable claims in a draft: typed (quantity, date, quote, comparison, attribution, event),
 * normalized, with exact spans, ranked by check-worthiness (best first), with consistency warnings attached.
 * Boilerplate lines (related links, ads, captions) are returned as spans and yield no claims.
 */
export function extractClaims(text: string, options: ExtractionOptions = {}): ExtractionResult {
  const boilerplate: Span[] = findBoilerplate(text);
  const sentences = splitSentences(text, boilerplate);
  const reference = parseIso(options.documentDate);
  const memory: SpeakerMemory = { people: [] };
  const ranker = bundledRanker();
  const dismissed = new Set((options.dismissed ?? []).map((q) => q.trim()));
  const claims: FoundClaim[] = [];
  let counted = 0;
  for (const span of sentences) {
    if (options.onProgress && ++counted % 500 === 0)
      options.onProgress(span.start / Math.max(1, text.length));
    const sentence: SentenceRef = {
      text: text.slice(span.start, span.end),
      start: span.start,
      end: span.end,
    };
    const candidates = candidatesOf(sentence, memory, reference);
    if (candidates.length === 0) continue;
    const sentenceScore = scoreSentence(ranker, sentence.text);
    for (const c of candidates) {
      const quote = text.slice(c.start, c.end);
      if (dismissed.has(quote.trim())) continue;
      const claim: FoundClaim = {
        start: c.start,
        end: c.end,
        quote,
        text: c.text ?? sentence.text.trim(),
        kind: c.kind,
        score: Math.round(blend(sentenceScore, c.prior) * 1e4) / 1e4,
        sentenceStart: Math.min(span.start, c.start),
        sentenceEnd: Math.max(span.end, c.end),
      };
      if (Object.keys(c.values).length > 0) claim.values = c.values;
      if (c.warnings && c.warnings.length > 0) claim.warnings = [...c.warnings];
      claims.push(claim);
    }
  }
  for (const issue of checkConsistency(claims)) {
    for (const i of issue.claims) {
      const claim = claims[i] as FoundClaim;
      claim.warnings = [...(claim.warnings ?? []), issue.message];
    }
  }
  // Best first; a claim with a warning is worth a look before its peers.
  const ranked = claims
    .map((claim) => ({ claim, key: claim.score + (claim.warnings?.length ? 0.05 : 0) }))
    .sort((a, b) => b.key - a.key || a.claim.start - b.claim.start)
    .map(({ claim }) => claim);
  const cap = options.maxSuggestions ?? defaultCap(sentences.length);
  return { claims: ranked.slice(0, Math.max(0, cap)), boilerplate, sentences };
}
