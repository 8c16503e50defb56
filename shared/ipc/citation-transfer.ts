import { z } from 'zod';
import { StanceSchema } from '../domain';
import type { ClaimRow } from './views';
import { IdSchema } from './arg-schemas';
import { MAX_REFERENCES_TEXT, MAX_UPLOADED_ATTACHMENT_BYTES } from './citation-limits';

export * from './citation-limits';

/** Reference formats for citation import and export. */
export const CitationFormatSchema = z.enum(['bibtex', 'ris', 'csl']);
export type CitationFormat = z.infer<typeof CitationFormatSchema>;

/** `citation:uploadFile`: a local file's bytes (web workbench), held by main until the citation is saved. */
export const UploadCitationFileSchema = z
  .object({
    fileName: z.string().min(1).max(255),
    // Four base64 characters per three bytes, and a little slack for padding.
    base64: z.string().max(Math.ceil(MAX_UPLOADED_ATTACHMENT_BYTES / 3) * 4 + 8),
  })
  .strict();

/** `citations:export`: the project's sources as one references file. */
export const ExportCitationsSchema = z
  .object({ format: CitationFormatSchema, includeConfidential: z.boolean().optional() })
  .strict();

/** `citations:import`: a references file's text, added to one claim as citations. */
export const ImportCitationsSchema = z
  .object({
    claimId: IdSchema,
    fileName: z.string().min(1).max(255),
    // One more than the limit, so an oversized file gets the importer's sentence, not a bare refusal.
    text: z.string().max(MAX_REFERENCES_TEXT + 1),
    stance: StanceSchema.optional(),
  })
  .strict();

/**
 * A file chosen for a citation: main keeps its path (desktop dialog) or its bytes (web upload) under
 * `token`; `claim:addCitation` takes the token, so the renderer never names a path on disk.
 */
export interface ChosenCitationFile {
  readonly token: string;
  readonly name: string;
  readonly size: number;
}

/** A references file to offer as a download. */
export interface ExportedCitationsFile {
  readonly fileName: string;
  readonly mimeType: string;
  readonly text: string;
  /** References written. */
  readonly count: number;
  /** Confidential sources left out. */
  readonly withheld: number;
}

/** What `citations:import` added. */
export interface ImportedCitations {
  readonly added: number;
  /** Entries with neither title nor web address. */
  readonly skipped: number;
  /** The claim with its new citations. */
  readonly claim: ClaimRow;
}
