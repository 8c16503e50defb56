import type { ClaimKind } from '../domain/enums';
import type { ClaimValues } from '../domain/claim';
import type { Span } from '../domain/document';

/** A checkable claim found in a draft, anchored by string offsets into the draft's text. */
export interface FoundClaim {
  /** JavaScript string offsets into the text; `quote === text.slice(start, end)`. */
  start: number;
  end: number;
  quote: string;
  /** The claim as a checker would state it, checkable alone (usually its sentence, speaker resolved). */
  text: string;
  kind: ClaimKind;
  /** Check-worthiness in [0, 1]. */
  score: number;
  /** Normalized values read out of the span. */
  values?: ClaimValues;
  /** Offsets of the sentence (or sentences, for a quote that spans several) the claim sits in. */
  sentenceStart: number;
  sentenceEnd: number;
  /** Consistency warnings, one clear sentence each. */
  warnings?: string[];
  /** The language of the paragraph the claim was found in (BCP 47 primary code: en, es, fr, de, …). */
  language?: string;
}

/** How to run the claim finder. */
export interface ExtractionOptions {
  /** The document's own date (ISO `YYYY-MM-DD`), used to resolve "on Thursday", "January 12". */
  documentDate?: string;
  /** Quotes of suggestions the checker dismissed; claims with these quotes are not returned. */
  dismissed?: readonly string[];
  /** At most this many claims (best first). Default: 30, or one per two sentences on long drafts. */
  maxSuggestions?: number;
  /**
   * The draft's language as the checker chose it (BCP 47, e.g. "es"): every paragraph is read in it.
   * Absent: detected, per paragraph where the draft mixes languages.
   */
  language?: string;
  /** Told how far through the text the finder is, from 0 to 1, every few hundred sentences. */
  onProgress?: (fraction: number) => void;
}

/** What the claim finder returns. */
export interface ExtractionResult {
  /** Best first. */
  claims: FoundClaim[];
  /** Lines recognized as boilerplate (related links, ads, captions, sign-offs). */
  boilerplate: Span[];
  /** Sentences outside the boilerplate, in document order. */
  sentences: Span[];
  /** The draft's language (chosen or detected); absent when the draft has no text to tell it from. */
  language?: string;
  /** Where the draft mixes languages: its paragraph runs, each with its language. */
  languages?: Array<Span & { language: string }>;
}

/** A candidate claim before merging and scoring. Offsets are absolute (into the whole text). */
export interface Candidate {
  start: number;
  end: number;
  kind: ClaimKind;
  values: ClaimValues;
  /** How check-worthy this sort of claim is on its own, in [0, 1]. */
  prior: number;
  /** The claim as a checker would state it, when the finder can do better than the sentence. */
  text?: string;
  warnings?: string[];
  /** Kept even when nested inside another candidate (quotes keep their inner figures). */
  container?: boolean;
}

/** A sentence handed to the finders: its text and where it starts in the document. */
export interface SentenceRef {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}
