import { z } from 'zod';
import { CITATION_LIMITS } from './citation-limits';
import { AnchorStateSchema, ClaimKindSchema, ClaimStatusSchema, StanceSchema } from './enums';

/** ISO 8601 timestamp, as written by `new Date().toISOString()`. */
export const TimestampSchema = z.iso.datetime({ offset: true });

/** A local file attached to a citation, copied into the project's `attachments/` folder. */
export const AttachedFileSchema = z.object({
  /** The file's name as the checker saw it. */
  name: z.string().min(1).max(255),
  /** Path inside the project folder, always `attachments/<sha256><ext>`. */
  path: z.string().regex(/^attachments\/[0-9a-f]{64}(\.[A-Za-z0-9]{1,10})?$/),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  size: z.number().int().nonnegative(),
});
export type AttachedFile = z.infer<typeof AttachedFileSchema>;

/** A source attached to a claim, with the exact passage and how it bears on the claim. */
export const CitationSchema = z.object({
  id: z.string().min(1).max(64),
  url: z.string().max(CITATION_LIMITS.url).optional(),
  file: AttachedFileSchema.optional(),
  title: z.string().max(CITATION_LIMITS.title),
  publisher: z.string().max(CITATION_LIMITS.publisher).optional(),
  date: z.string().max(CITATION_LIMITS.date).optional(),
  quote: z.string().max(CITATION_LIMITS.quote),
  stance: StanceSchema,
  locator: z.string().max(CITATION_LIMITS.locator).optional(),
  /** A snapshot of the source (an archive.org or archive.today link), shown beside the URL in reports. */
  archivedUrl: z.string().max(CITATION_LIMITS.archivedUrl).optional(),
  /** A source that must not leave the workbench: reports and exports redact it. */
  confidential: z.boolean().optional(),
  addedAt: TimestampSchema,
  addedBy: z.string().max(200),
});
export type Citation = z.infer<typeof CitationSchema>;

/** The longest text a history entry keeps of a value (`historyText` cuts longer ones). */
export const HISTORY_TEXT_MAX = 20_000;

/** One change to a claim, for its history and the report's verdict log. */
export const HistoryEntrySchema = z.object({
  at: TimestampSchema,
  by: z.string().max(200),
  action: z.enum([
    'found',
    'added',
    'status',
    'note',
    'cite',
    'uncite',
    'merged',
    'split',
    'reextracted',
    'assign',
    'revised',
    /** The checker restated the claim (`text`): `from` the old statement, `to` the new. Schema 4. */
    'restated',
    /** Someone other than its checker approved the verdict (`to`: the verdict approved). Schema 4. */
    'approved',
    /** The approver took the approval back (`from`: the verdict it was given to). Schema 4. */
    'unapproved',
    /** The checker ticked an item of the claim's checklist (`to`: the item's words). Schema 5. */
    'ticked',
    /** The checker took a tick back (`from`: the item's words). Schema 5. */
    'unticked',
  ]),
  from: z.string().max(HISTORY_TEXT_MAX).optional(),
  to: z.string().max(HISTORY_TEXT_MAX).optional(),
});
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;

/**
 * A value as a history entry keeps it: whole up to 20,000 characters, else its start and "…". A note
 * may be 100,000 characters; the note itself is kept whole, its history records how it began.
 */
export function historyText(value: string): string {
  if (value.length <= HISTORY_TEXT_MAX) return value;
  let end = HISTORY_TEXT_MAX - 1;
  if (/[\uD800-\uDBFF]/.test(value[end - 1]!)) end--; // never cut a character in half
  return `${value.slice(0, end)}…`;
}

/** A language as a BCP 47 primary language subtag, lower case: "en", "es", "fr", "de", "pt". */
export const LANGUAGE_CODE_PATTERN = /^[a-z]{2,3}$/;
export const LanguageCodeSchema = z.string().regex(LANGUAGE_CODE_PATTERN);

/** Normalized values a claim finder read out of the claim's span. All optional. */
export const ClaimValuesSchema = z
  .object({
    number: z.number().optional(),
    numberMax: z.number().optional(),
    unit: z.string().max(200).optional(),
    approximate: z.boolean().optional(),
    hedge: z.string().max(100).optional(),
    dateStart: z.string().max(40).optional(),
    dateEnd: z.string().max(40).optional(),
    speaker: z.string().max(300).optional(),
    attributed: z.boolean().optional(),
  })
  .catchall(z.union([z.string().max(1000), z.number(), z.boolean()]));
export type ClaimValues = z.infer<typeof ClaimValuesSchema>;

/**
 * A value of a contested claim: two checkers gave different verdicts (or notes) without seeing each
 * other's. Each competing value is kept with who gave it and when, until someone who has seen them
 * all gives the next one.
 */
export const ContestedValueSchema = z.union([
  z.strictObject({ status: ClaimStatusSchema, by: z.string().max(200), at: TimestampSchema }),
  z.strictObject({ note: z.string().max(100_000), by: z.string().max(200), at: TimestampSchema }),
]);
export type ContestedValue = z.infer<typeof ContestedValueSchema>;

/** An editor's sign-off of a claim's verdict: someone other than who gave it. */
export const ApprovalSchema = z.object({ by: z.string().max(200), at: TimestampSchema });
export type Approval = z.infer<typeof ApprovalSchema>;

/** A checkable statement in a document, anchored by string offsets into the document's text. */
export const ClaimSchema = z.object({
  id: z.string().min(1).max(64),
  documentId: z.string().min(1).max(64),
  /** JavaScript string offsets into the document's text; `quote === text.slice(start, end)`. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  quote: z.string().max(20_000),
  /** The claim as a checker would state it, readable on its own. */
  text: z.string().max(20_000),
  kind: ClaimKindSchema,
  /** Check-worthiness in [0, 1]. */
  score: z.number().min(0).max(1),
  status: ClaimStatusSchema,
  note: z.string().max(100_000),
  /** Who is to check this claim, if anyone in particular. */
  assignee: z.string().max(200).optional(),
  citations: z.array(CitationSchema),
  history: z.array(HistoryEntrySchema),
  origin: z.enum(['found', 'manual']),
  values: ClaimValuesSchema.optional(),
  /** Offsets of the sentence the claim sits in. */
  sentenceStart: z.number().int().nonnegative().optional(),
  sentenceEnd: z.number().int().nonnegative().optional(),
  warnings: z.array(z.string().max(1000)).optional(),
  /** The language of the paragraph the finder read the claim in (absent: added by hand, or found before languages were told). */
  language: LanguageCodeSchema.optional(),
  updatedAt: TimestampSchema,
  /** How the claim was found again when its draft last got a new version (absent: never revised). */
  anchoring: AnchorStateSchema.optional(),
  /** Its text changed or went away in a new version: the checker should look again. */
  needsRecheck: z.boolean().optional(),
  /** What the claim said and its verdict before the revision that flagged it. */
  previous: z
    .object({
      version: z.number().int().positive(),
      quote: z.string().max(20_000),
      status: ClaimStatusSchema,
    })
    .optional(),
  /**
   * Competing verdicts or notes given concurrently by different checkers (absent: none). While any
   * verdict competes, `status` is `unchecked`, so a contested claim is never counted as verified.
   */
  contested: z.array(ContestedValueSchema).max(1000).optional(),
  /** Who approved the verdict, when it is approved and unchanged since. */
  approval: ApprovalSchema.optional(),
  /** The ids of the checklist items ticked for this claim (schema 5; absent: none). */
  ticks: z
    .array(z.string().regex(/^[A-Za-z0-9_-]{1,64}$/))
    .max(100)
    .optional(),
});
export type Claim = z.infer<typeof ClaimSchema>;
