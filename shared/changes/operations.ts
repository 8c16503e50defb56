import { z } from 'zod';
import { ChecklistItemSchema } from '../domain/checklist-schemas';
import { CitationSchema, type Claim } from '../domain/claim';
import type { FactdeskDocument, Span } from '../domain/document';
import { ClaimKindSchema, ClaimStatusSchema, type PublicationDateSource } from '../domain/enums';
import type { FoundClaim } from '../claims/types';

const IdSchema = z.string().min(1).max(64);

/**
 * A change to one claim, as plain data: what a checker did, never how. The desktop app, the web
 * workbench and the command line all write claims through these (`applyOperation`), so each can be
 * recorded, replayed or sent elsewhere (a checker's log of changes) and means the same everywhere.
 */
export const ClaimOperationSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('setStatus'), claimId: IdSchema, status: ClaimStatusSchema }).strict(),
  z.object({ type: z.literal('setNote'), claimId: IdSchema, note: z.string().max(100_000) }).strict(),
  z.object({ type: z.literal('setAssignee'), claimId: IdSchema, assignee: z.string().max(200) }).strict(),
  /** The citation is complete (its id, who added it and when, its file already in the project). */
  z.object({ type: z.literal('addCitation'), claimId: IdSchema, citation: CitationSchema }).strict(),
  /** Puts `citation` in the place of `citationId`, keeping that id and when it was first added. */
  z
    .object({
      type: z.literal('replaceCitation'),
      claimId: IdSchema,
      citationId: IdSchema,
      citation: CitationSchema,
    })
    .strict(),
  z.object({ type: z.literal('removeCitation'), claimId: IdSchema, citationId: IdSchema }).strict(),
  /** The claim as the checker states it (`claim.text`), readable on its own. */
  z
    .object({
      type: z.literal('setStatement'),
      claimId: IdSchema,
      text: z.string().trim().min(1).max(20_000),
    })
    .strict(),
  /**
   * An editor signs off the claim's verdict: someone other than the checker who gave it, and only a
   * verdict (verified, disputed or unsourced). Any later change of the claim takes it back.
   */
  z.object({ type: z.literal('approve'), claimId: IdSchema }).strict(),
  /** The sign-off is taken back by hand. */
  z.object({ type: z.literal('withdrawApproval'), claimId: IdSchema }).strict(),
  /**
   * Ticks (or, `done: false`, unticks) an item of the claim's checklist: `item` is the item's id,
   * `label` its words as the checker saw them, for the claim's history.
   */
  z
    .object({
      type: z.literal('tick'),
      claimId: IdSchema,
      item: ChecklistItemSchema.shape.id,
      label: ChecklistItemSchema.shape.text,
      done: z.boolean(),
    })
    .strict(),
]);
export type ClaimOperation = z.infer<typeof ClaimOperationSchema>;

/** A claim the checker marks by selecting text; `claimId` is the new claim's id, chosen beforehand. */
export const AddClaimOperationSchema = z
  .object({
    type: z.literal('addClaim'),
    claimId: IdSchema,
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    kind: ClaimKindSchema,
  })
  .strict();

/** Structural changes to a document's claims, as data too. */
export type StructuralOperation =
  | z.infer<typeof AddClaimOperationSchema>
  /** Removes a suggestion without work on it and remembers its quote, so it is not suggested again. */
  | { readonly type: 'dismissClaim'; readonly claimId: string }
  /** Joins claims into the first of them (by position), which keeps its id, verdict and history. */
  | { readonly type: 'mergeClaims'; readonly claimIds: readonly string[] }
  /** Splits a claim at an offset inside it; the second part is a new unchecked claim `newClaimId`. */
  | {
      readonly type: 'splitClaim';
      readonly claimId: string;
      readonly at: number;
      readonly newClaimId: string;
    }
  /**
   * What the claim finder found again in the document's text: claims with a checker's work and manual
   * ones stay; suggestions found again keep their id; new ones take the id they carry.
   */
  | {
      readonly type: 'refindClaims';
      readonly found: readonly (FoundClaim & { readonly id: string })[];
      readonly boilerplate: readonly Span[];
    }
  /**
   * The checker says which language the draft is in (BCP 47 primary code): it is kept as chosen, and
   * `found` is what the finder found reading every paragraph in it, applied as in `refindClaims`.
   */
  | {
      readonly type: 'setLanguage';
      readonly language: string;
      readonly found: readonly (FoundClaim & { readonly id: string })[];
      readonly boilerplate: readonly Span[];
    }
  /**
   * The draft's publication date changed (or was first given): the date values the finder read
   * against it (`readings`, by span) replace those of the claims at the same spans. Verdicts, notes,
   * citations and history are untouched.
   */
  | {
      readonly type: 'setPublicationDate';
      readonly date: string | null;
      readonly source: PublicationDateSource | null;
      readonly readings: readonly DateReading[];
    }
  /** The draft's title, as the checker renames it (spaces already made single, not empty). */
  | { readonly type: 'setTitle'; readonly title: string }
  /** Puts claims and fields back as an undo or redo step recorded them. */
  | { readonly type: 'restore'; readonly state: RecordedSide };

/** What the claim finder read at one span against a publication date. */
export interface DateReading {
  readonly start: number;
  readonly end: number;
  readonly values?: Claim['values'];
  readonly warnings?: readonly string[];
}

/** Any change to a document, applied by `applyOperation`. */
export type DocumentOperation = ClaimOperation | StructuralOperation;

/** The document fields (besides its claims) that operations change. */
export type DocumentField =
  | 'dismissed'
  | 'boilerplate'
  | 'documentDate'
  | 'documentDateSource'
  | 'language'
  | 'languageChosen'
  | 'title';
export type DocumentFields = Partial<Pick<FactdeskDocument, DocumentField>>;

/** One claim on one side of a change: where it was in its document's list, or null when it was not there. */
export interface RecordedClaim {
  readonly id: string;
  readonly at: { readonly index: number; readonly claim: Claim } | null;
}

/** One side (before or after) of a recorded change: the claims it touched, fields, and order when it moved claims. */
export interface RecordedSide {
  readonly claims: readonly RecordedClaim[];
  readonly fields: DocumentFields;
  /** Every claim id in order, when the change reordered the list (finding claims again). */
  readonly order?: readonly string[];
}

/** Who makes a change and when, given by the caller so applying is deterministic. */
export interface ApplyContext {
  readonly by: string;
  readonly at: string;
  /**
   * Fold a note edit into the claim's last history entry instead of adding one (typing a note: one
   * entry per edit, not per pause). Only when `canAmendNote` says the last entry is that edit.
   */
  readonly amendNote?: boolean;
}
