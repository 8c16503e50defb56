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
  /** Duplicates held back: any (same text or file name), same text only (same name comes in), or none. */
  readonly hold: 'any' | 'same-text' | 'none';
  /** A batch is committed (files fsynced together, the project's list written once) at this many drafts… */
  readonly batchDrafts?: number;
  /** …or at this many bytes of draft text, whichever comes first. */
  readonly batchBytes?: number;
  readonly onProgress?: (progress: ImportProgress) => void;
}

/** What became of one draft, in the order the drafts were given. */
export type DraftImport =
  | {
      readonly kind: 'imported';
      readonly name: string;
      readonly item: DocumentListItem;
      readonly doc: FactdeskDocument;
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

/**
 * Imports drafts in batches: drafts are read and their claims found `jobsAtOnce` at a time (in
 * workers, when the runner has them), taken in the order given, checked for duplicates (against the
 * project and the drafts before them in this import), and committed a batch at a time through
 * `OpenProject.addDocuments` (every file fsynced together, the project's list written once). A draft
 * that cannot be read is reported and the others still come in; a batch that cannot be written is
 * reported for each of its drafts.
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
  let duplicates = new DuplicateIndex(project.allDocuments());
  let batch: { readonly at: number; readonly doc: FactdeskDocument; readonly sameName?: DuplicateDraft }[] =
    [];
  let bytes = 0;
  let done = 0;
  // `index` is how many drafts are done (all of them at the end); `file` is the draft last heard of.
  const report = (file: string, fraction: number) =>
    options.onProgress?.({ file, index: done, total, fraction });

  const commit = async () => {
    const committing = batch;
    batch = [];
    bytes = 0;
    if (committing.length === 0) return;
    try {
      const items = await project.addDocuments(committing.map((entry) => entry.doc));
      for (const [index, { at, doc, sameName }] of committing.entries())
        results[at] = {
          kind: 'imported',
          name: drafts[at]!.name,
          item: items[index]!,
          doc,
          ...(sameName ? { sameName } : {}),
        };
    } catch (error) {
      for (const { at } of committing) results[at] = { kind: 'failed', name: drafts[at]!.name, error };
      // The batch is not in the project: later drafts are compared with what is.
      duplicates = new DuplicateIndex(project.allDocuments());
    }
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
    const { name } = drafts[at]!;
    try {
      if (!result.ok) throw result.error;
      const { outcome } = result;
      const repeated = duplicates.find(outcome.draft, name);
      if (repeated && holds(options.hold, repeated)) {
        results[at] = { kind: 'held', name, duplicate: repeated };
      } else {
        const doc = buildDocument(outcome, options.checker, await keepOriginal(project, outcome.draft));
        duplicates.add(doc);
        batch.push({ at, doc, ...(repeated?.reason === 'same-name' ? { sameName: repeated } : {}) });
        bytes += doc.text.length;
      }
    } catch (error) {
      results[at] = { kind: 'failed', name, error };
    }
    at++;
    done++;
    if (batch.length >= batchDrafts || bytes >= batchBytes) await commit();
    report(name, 1);
  }
  await commit();
  return results;
}

function holds(hold: ImportBatchOptions['hold'], duplicate: DuplicateDraft): boolean {
  return hold === 'any' || (hold === 'same-text' && duplicate.reason === 'same-text');
}

/** A failed draft as an import result lists it: its name, one sentence and the error's code. */
export function failureOf(entry: Extract<DraftImport, { kind: 'failed' }>) {
  return { file: entry.name, error: messageFor(entry.error), code: codeOf(entry.error) };
}
