import { z } from 'zod';
import { AttachedFileSchema, ClaimSchema, LanguageCodeSchema, TimestampSchema } from './claim';
import { DraftFormatSchema, PublicationDateSourceSchema } from './enums';
import { CURRENT_SCHEMA_VERSION } from './schema-version';

/** A character range `[start, end)` in a document's text. */
export const SpanSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Span = z.infer<typeof SpanSchema>;

/** Where a version of a document's text came from. */
export const VersionOriginSchema = z.object({
  fileName: z.string().max(255),
  sourceFormat: DraftFormatSchema,
  /** When this version was loaded. */
  loadedAt: TimestampSchema,
});
export type VersionOrigin = z.infer<typeof VersionOriginSchema>;

/** What a document's own file keeps about an earlier version of its text (the text is in its versions file). */
export const VersionEntrySchema = VersionOriginSchema.extend({
  /** 1 for the text first imported, then 2, 3, … */
  number: z.number().int().positive(),
});
export type VersionEntry = z.infer<typeof VersionEntrySchema>;

/** An earlier version of a document's text, kept when a new one was loaded. */
export const DocumentVersionSchema = VersionEntrySchema.extend({
  text: z.string(),
});
export type DocumentVersion = z.infer<typeof DocumentVersionSchema>;

/**
 * A version entry as a document file may hold it: files written before schema 3 carry each earlier
 * text inline; opening the project for writing moves those texts to the versions file.
 */
const StoredVersionEntrySchema = VersionEntrySchema.extend({
  text: z.string().optional(),
  /**
   * The content hash of the version's text (schema 6; core/revisions/version-hashes.ts), so an old
   * copy under any file name is recognised without reading the versions file. Absent in entries
   * written before schema 6 until the project is next opened for writing.
   */
  textHash: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .optional(),
});

/** A draft inside a project, with its text and the claims found or added in it. One file on disk each. */
export const DocumentSchema = z.object({
  format: z.literal('factdesk-document'),
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  id: z.string().min(1).max(64),
  title: z.string().max(1000),
  /** The file name the draft came from (no folders). */
  fileName: z.string().max(255),
  sourceFormat: DraftFormatSchema,
  importedAt: TimestampSchema,
  /** The document's own date (publication date) when known: ISO `YYYY-MM-DD`. */
  documentDate: z.string().max(40).optional(),
  /**
   * Where `documentDate` came from (schema 4): `given` by a person (import option, the document's
   * header), the draft's `metadata` (an HTML page's publication time, a Word file's Publish Date), or
   * its `dateline` ("PORT ELLIS, March 3, 2023 —"). Absent in older files and when no date is known.
   */
  documentDateSource: PublicationDateSourceSchema.optional(),
  text: z.string(),
  /** The draft's main language, as detected when its claims were found or as the checker chose it. */
  language: LanguageCodeSchema.optional(),
  /** The checker chose `language`: claims are found again in it rather than detecting it anew. */
  languageChosen: z.boolean().optional(),
  /** Lines recognized as boilerplate (related-article links, ads, captions): dimmed, no claims. */
  boilerplate: z.array(SpanSchema),
  claims: z.array(ClaimSchema),
  /** Quotes of suggestions the checker dismissed; they are not suggested again on re-extraction. */
  dismissed: z.array(z.string().max(20_000)),
  /**
   * Earlier versions of the text, oldest first, without their texts (those are in
   * `documents/<id>.versions.json`); the current one is `text` (number `versions.length + 1`).
   */
  versions: z.array(StoredVersionEntrySchema).optional(),
  /** Where the current text came from when it was loaded as a new version (absent: first import). */
  revision: VersionOriginSchema.optional(),
  /**
   * The Word file the draft was imported from, stored in `attachments/` like a citation's file
   * (encrypted when the project is), so the draft can go back to its writer with comments in its
   * own layout (absent: not a .docx, or imported before Factdesk kept originals).
   */
  original: AttachedFileSchema.optional(),
});
export type FactdeskDocument = z.infer<typeof DocumentSchema>;

/** What the project file keeps about each document, so opening a project needs no document file. */
export const DocumentSummarySchema = z.object({
  id: z.string().min(1).max(64),
  title: z.string().max(1000),
  fileName: z.string().max(255),
  sourceFormat: DraftFormatSchema,
  importedAt: TimestampSchema,
  /** Path of the document file inside the project folder: `documents/<id>.json`. */
  path: z.string().regex(/^documents\/[A-Za-z0-9_-]{1,64}\.json$/),
});
export type DocumentSummary = z.infer<typeof DocumentSummarySchema>;

/** `documents/<id>.versions.json`: the texts of a document's earlier versions, apart so a mark never rewrites them. */
export const VersionsFileSchema = z.object({
  format: z.literal('factdesk-versions'),
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  /** The document these versions belong to. */
  documentId: z.string().min(1).max(64),
  versions: z.array(DocumentVersionSchema),
});
export type VersionsFile = z.infer<typeof VersionsFileSchema>;
