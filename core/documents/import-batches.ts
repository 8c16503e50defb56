import { codeOf, messageFor } from '../../shared/errors';
import type { DocumentListItem, DuplicateDraft, ImportProgress } from '../../shared/ipc';
import type { FactdeskDocument } from '../../shared/domain';
import { buildDocument } from '../drafts/build-document';
import { keepOriginal } from '../drafts/original-draft';
import type { ExtractionOutcome, ExtractionRunner, JobSource } from '../extraction/extraction-runner';
import type { OpenProject } from '../project/open-project';
import { inOrderWithReadAhead } from '../storage/read-ahead';
import { DuplicateIndex } from './duplicate-drafts';

/** One draft to import: the name it is reported under, and where its text comes from. */
export interface DraftToImport {
  readonly name: string;
  readonly source: JobSource;
}

/** How an import runs. */
export interface ImportBatchOptions {
  /** Runs the extraction jobs: a pool of workers, one worker per job, or this thread. */
  readonly runner: ExtractionRunner;
  /** Jobs running at once (each draft read and its claims found); the rest wait their turn. */
  readonly jobsAtOnce: number;
  readonly checker: string;
  /** The publication date a person gave for every draft; without it each draft's own is used. */
  readonly date?: string;
  /**
   * Duplicates held back: any (same text or file name), same text only (a current text or an earlier
   * version's; same name comes in), or none.
   */
  readonly hold: 'any' | 'same-text' | 'none';
  /** A batch is committed (files fsynced together, the project's list written once) at this many drafts… */
  readonly batchDrafts?: number;
  /** …or at this many bytes of draft text, whichever comes first. */
  readonly batchBytes?: number;
  readonly onProgress?: (progress: ImportProgress) => void;
  /**
   * Aborted: no further draft is taken; those decided are committed as usual, so each draft is in
   * the project whole or not at all. The results then stop at the last draft taken.
   */
  readonly signal?: AbortSignal;
}

/** What became of one draft, in the order the drafts were given. */
export type DraftImport =
  | {
      readonly kind: 'imported';
      readonly name: string;
      /** The document as the list names it (the document itself is not kept: see `addDocuments`). */
      readonly item: DocumentListItem;
      /** A draft of the same file name already there (not held back under `hold: 'same-text'`). */
      readonly sameName?: DuplicateDraft;
    }
  | { readonly kind: 'held'; readonly name: string; readonly duplicate: DuplicateDraft }
  | { readonly kind: 'failed'; readonly name: string; readonly error: unknown };

export const DEFAULT_BATCH_DRAFTS = 200;
export const DEFAULT_BATCH_BYTES = 8 * 2 ** 20;

type Found =
  | { readonly ok: true; readonly outcome: ExtractionOutcome }
  | { readonly ok: false; readonly error: unknown };

/** A draft decided on while a batch was being written: what a failure of that write decides again. */
interface Decided {
  readonly at: number;
  readonly outcome: ExtractionOutcome;
  /** Its document, when it was taken in (not held back). */
  readonly doc?: FactdeskDocument;
}

/**
 * Imports drafts in batches: drafts are read and their claims found `jobsAtOnce` at a time (in
 * workers, when the runner has them), taken in the order given, checked for duplicates (against the
 * project and the drafts before them in this import), and committed a batch at a time through
 * `OpenProject.addDocuments` (every file fsynced together, the project's list written once). A draft
 * that cannot be read is reported and the others still come in; a batch that cannot be written is
 * reported for each of its drafts.
 *
 * A batch is written while the next one is gathered (the claim finding goes on meanwhile; one batch
 * is written at a time). Progress is held back while a batch is written, so whoever is told of
 * progress sees only lists that are durable; and if the write fails, the drafts decided meanwhile
 * are decided again against what is in the project, as if the next batch had waited for it.
 */
export async function importInBatches(
  project: OpenProject,
  drafts: readonly DraftToImport[],
  options: ImportBatchOptions,
): Promise<DraftImport[]> {
  const results: DraftImport[] = [];
  const total = drafts.length;
  const batchDrafts = options.batchDrafts ?? DEFAULT_BATCH_DRAFTS;
  const batchBytes = options.batchBytes ?? DEFAULT_BATCH_BYTES;
  // Earlier versions are compared by the hashes their documents keep; only a document from before
  // schema 6 has them read from its versions file, once (earlier-versions-index.ts).
  const earlierHashes = (documentId: string) => project.earlierVersionHashes(documentId);
  let duplicates = await DuplicateIndex.of(project.readEachDocument(), earlierHashes);
  let batch: { readonly at: number; readonly doc: FactdeskDocument; readonly sameName?: DuplicateDraft }[] =
    [];
  let bytes = 0;
  let done = 0;
  /** The batch being written, if one is; at most one at a time. */
  let writing: Promise<void> | null = null;
  /** Whether the last batch written failed (and what was decided meanwhile is not decided again yet). */
  let writeFailed = false;
  /** Drafts decided since the batch being written was closed. */
  let meanwhile: Decided[] = [];
  /** The latest progress while a batch is written, told once it is. */
  let heldProgress: ImportProgress | null = null;

  // `index` is how many drafts are done (all of them at the end); `file` is the draft last heard of.
  const report = (file: string, fraction: number) => {
    const progress = { file, index: done, total, fraction };
    if (writing) heldProgress = progress;
    else options.onProgress?.(progress);
  };

  const write = async (committing: typeof batch) => {
    try {
      const items = await project.addDocuments(committing.map((entry) => entry.doc));
      for (const [index, { at, sameName }] of committing.entries())
        results[at] = {
          kind: 'imported',
          name: drafts[at]!.name,
          item: items[index]!,
          ...(sameName ? { sameName } : {}),
        };
    } catch (error) {
      for (const { at } of committing) results[at] = { kind: 'failed', name: drafts[at]!.name, error };
      writeFailed = true;
    }
  };

  /** Takes a draft in or holds it back, against the duplicates known now (failed if its original cannot be kept). */
  const decide = async (at: number, outcome: ExtractionOutcome, built?: FactdeskDocument) => {
    const { name } = drafts[at]!;
    try {
      await takeInOrHold(at, name, outcome, built);
    } catch (error) {
      results[at] = { kind: 'failed', name, error };
    }
  };
  const takeInOrHold = async (
    at: number,
    name: string,
    outcome: ExtractionOutcome,
    built?: FactdeskDocument,
  ) => {
    const repeated = await duplicates.findWithEarlier(outcome.draft, name);
    let doc: FactdeskDocument | undefined;
    if (repeated && holds(options.hold, repeated)) {
      results[at] = { kind: 'held', name, duplicate: repeated };
    } else {
      doc = built ?? buildDocument(outcome, options.checker, await keepOriginal(project, outcome.draft));
      duplicates.add(doc);
      batch.push({ at, doc, ...(repeated?.reason === 'same-name' ? { sameName: repeated } : {}) });
      bytes += doc.text.length;
    }
    if (writing || writeFailed) meanwhile.push({ at, outcome, ...(doc ? { doc } : {}) });
  };

  /** After a failed write: its drafts are not in the project, so later drafts are compared with what is. */
  const decideAgain = async () => {
    writeFailed = false;
    duplicates = await DuplicateIndex.of(project.readEachDocument(), earlierHashes);
    const again = meanwhile;
    meanwhile = [];
    batch = [];
    bytes = 0;
    for (const { at, outcome, doc } of again) await decide(at, outcome, doc);
  };

  /** Waits for the batch being written, then starts writing the one gathered. */
  const commit = async () => {
    await writing;
    if (writeFailed) await decideAgain();
    const committing = batch;
    batch = [];
    bytes = 0;
    if (committing.length === 0) return;
    meanwhile = [];
    writing = write(committing).then(() => {
      writing = null;
      const progress = heldProgress;
      heldProgress = null;
      if (progress) options.onProgress?.(progress);
    });
  };

  const given = options.date ? { givenDate: { date: options.date, source: 'given' as const } } : {};
  const found = inOrderWithReadAhead(drafts, Math.max(options.jobsAtOnce - 1, 0), ({ name, source }) =>
    options.runner
      .run({ source, ...given }, (fraction) => report(name, fraction))
      .then(
        (outcome): Found => ({ ok: true, outcome }),
        (error: unknown): Found => ({ ok: false, error }),
      ),
  );
  let at = 0;
  for await (const result of found) {
    if (writeFailed) await decideAgain();
    if (result.ok) await decide(at, result.outcome);
    else results[at] = { kind: 'failed', name: drafts[at]!.name, error: result.error };
    at++;
    done++;
    if (batch.length >= batchDrafts || bytes >= batchBytes) await commit();
    report(drafts[at - 1]!.name, 1);
    if (options.signal?.aborted) break;
  }
  await commit();
  await writing;
  // The last batch failed: nothing was decided since it closed, but the index is made right all the same.
  if (writeFailed) await decideAgain();
  return results;
}

function holds(hold: ImportBatchOptions['hold'], duplicate: DuplicateDraft): boolean {
  return hold === 'any' || (hold === 'same-text' && duplicate.reason !== 'same-name');
}

/** A failed draft as an import result lists it: its name, one sentence and the error's code. */
export function failureOf(entry: Extract<DraftImport, { kind: 'failed' }>) {
  return { file: entry.name, error: messageFor(entry.error), code: codeOf(entry.error) };
}
