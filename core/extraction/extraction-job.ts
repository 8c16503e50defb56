import { extractClaims, loadLanguageDetector, type ExtractionResult } from '../../shared/claims';
import type { DraftFormat } from '../../shared/domain';
import {
  draftFromBytes,
  draftFromText,
  readDraftFile,
  type DraftText,
  type PublicationDate,
} from '../drafts/read-draft';

/** Where a job's text comes from: a draft to read (a file, its bytes, its text) or a stored document's text. */
export type JobSource =
  | { readonly kind: 'file'; readonly path: string }
  | { readonly kind: 'bytes'; readonly fileName: string; readonly bytes: Uint8Array }
  | { readonly kind: 'text'; readonly fileName: string; readonly text: string }
  | {
      readonly kind: 'document';
      readonly fileName: string;
      readonly format: DraftFormat;
      readonly text: string;
    };

/**
 * One claim-finding job, the same for importing a draft, finding a document's claims again, reading
 * its dates against a new publication date, and loading a new version: plain data, so it runs in the
 * worker thread (the app, the web workbench) or on the calling thread (the command line) alike.
 */
export interface ExtractionJob {
  readonly source: JobSource;
  /** A date a person gave: it wins over what the draft says. */
  readonly givenDate?: PublicationDate;
  /** A date already known (the document's): used when the draft itself gives none. */
  readonly knownDate?: PublicationDate;
  /** Quotes the checker dismissed: not suggested again. */
  readonly dismissed?: readonly string[];
  /** The draft's language (BCP 47) when the checker chose it; absent, the finder detects it. */
  readonly language?: string;
}

/** What a job found: the draft as read, the publication date its dates were read against, and the claims. */
export interface ExtractionOutcome {
  readonly draft: DraftText;
  readonly publicationDate?: PublicationDate;
  readonly found: ExtractionResult;
}

/**
 * Runs a job on this thread: reads the draft (PDF and Word parsing included), settles its
 * publication date (given, else the draft's own, else the known one) and finds its claims,
 * reporting how far it is from 0 to 1. `blockingReads`: a draft file is read in blocking calls (a worker
 * thread, which runs one job at a time).
 */
export async function runExtractionJob(
  job: ExtractionJob,
  onProgress?: (fraction: number) => void,
  blockingReads = false,
): Promise<ExtractionOutcome> {
  onProgress?.(0);
  // The language detector loads once, on first use, in whichever thread runs the job.
  const [draft] = await Promise.all([readSource(job.source, blockingReads), loadLanguageDetector()]);
  const outcome = findClaimsIn(draft, job, onProgress);
  onProgress?.(1);
  return outcome;
}

/** The claim-finding half of a job, for a draft already read. */
export function findClaimsIn(
  draft: DraftText,
  job: Omit<ExtractionJob, 'source'> = {},
  onProgress?: (fraction: number) => void,
): ExtractionOutcome {
  const publicationDate = job.givenDate ?? draft.publicationDate ?? job.knownDate;
  const found = extractClaims(draft.text, {
    documentDate: publicationDate?.date,
    dismissed: job.dismissed,
    onProgress,
    ...(job.language ? { language: job.language } : {}),
  });
  return { draft, ...(publicationDate ? { publicationDate } : {}), found };
}

async function readSource(source: JobSource, blocking: boolean): Promise<DraftText> {
  switch (source.kind) {
    case 'file':
      return readDraftFile(source.path, blocking);
    case 'bytes':
      return draftFromBytes(source.fileName, source.bytes);
    case 'text':
      return draftFromText(source.fileName, source.text);
    case 'document':
      return { fileName: source.fileName, format: source.format, text: source.text };
  }
}
