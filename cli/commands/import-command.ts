// `factdesk import`: its own module, so the command loads only what an import needs (the command
// table imports each command when it runs).
import { readdir, stat } from 'node:fs/promises';
import { availableParallelism, userInfo } from 'node:os';
import { basename, join } from 'node:path';
import { draftFormatOfName, READABLE_DRAFTS } from '../../shared/domain';
import { UserError } from '../../shared/errors';
import { describeDuplicate } from '../../core/documents/duplicate-drafts';
import { failureOf, importInBatches, type DraftImport } from '../../core/documents/import-batches';
import { extractionPool } from '../../core/extraction/extraction-pool';
import { checkerName, UsageError } from '../cli-error';
import { extractWorkerPath } from '../extract-worker-path';
import { importProgressText, progressLine } from '../progress-line';
import { datedAs, parseDate, withProject, type CommandResult } from './project-commands';

/**
 * `factdesk import DIR FILE|FOLDER... [--date YYYY-MM-DD] [--allow-duplicate]`: every draft is tried;
 * failures are listed and make the exit code 1. Drafts are read and their claims found by the same
 * extraction jobs as in the app, in worker threads (one per core), against `--date` when given, else
 * each draft's own, and committed in batches (core/documents/import-batches.ts). A draft with the
 * same text as one already in the project, or as an earlier draft of this import, is skipped with a
 * sentence (imported all the same with `--allow-duplicate`); one with the file name of another draft
 * is imported, with a sentence on how to load it as a new version instead. On a terminal, a progress
 * line counts the drafts done.
 */
export async function importDrafts(
  dir: string,
  inputs: readonly string[],
  by?: string,
  date?: string,
  allowDuplicate = false,
): Promise<CommandResult> {
  if (inputs.length === 0) throw new UsageError('import needs at least one draft file or folder.');
  const given = date === undefined ? undefined : parseDate(date);
  // The workers start first: they load their code and language tables while the folder is listed and
  // the project opened.
  const workers = extractWorkerPath();
  const pool = workers ? extractionPool(workers, availableParallelism()) : null;
  void pool?.warm();
  try {
    const files = (await Promise.all(inputs.map(expandDraftInput))).flat();
    const checker = checkerName(by, userInfo().username);
    // Without a built worker the claims are found on this thread; the claim finder loads only then.
    const runner = pool ?? (await import('../../core/extraction/extraction-runner')).inlineRunner;
    return await withProject(dir, async (project) => {
      const progress = progressLine(process.stderr);
      let results: DraftImport[];
      try {
        results = await importInBatches(
          project,
          files.map((path) => ({ name: basename(path), source: { kind: 'file', path } })),
          {
            runner,
            // As many jobs as the workers hold, so they never wait while a batch is written.
            jobsAtOnce: pool ? pool.jobsHeld : 1,
            checker,
            ...(given ? { date: given } : {}),
            hold: allowDuplicate ? 'none' : 'same-text',
            onProgress: progress && (({ index, total }) => progress.show(importProgressText(index, total))),
          },
        );
      } finally {
        progress?.clear();
      }
      return importReport(dir, files, results);
    });
  } finally {
    await pool?.close();
  }
}

/** What `factdesk import` prints: a line per draft imported or skipped, and the failures on stderr. */
function importReport(dir: string, files: readonly string[], results: readonly DraftImport[]): CommandResult {
  let stdout = '';
  let stderr = '';
  for (const [index, result] of results.entries()) {
    if (result.kind === 'held') {
      stdout += `Skipped: ${describeDuplicate(result.duplicate)}. Import it again with --allow-duplicate.\n`;
    } else if (result.kind === 'failed') {
      const { code, error } = failureOf(result);
      stderr += `factdesk [${code}]: ${error}\n`;
    } else {
      const { doc, sameName } = result;
      stdout += `Imported "${doc.title}" (${doc.id}): ${doc.claims.length} claims${datedAs(doc)}\n`;
      if (sameName) {
        stdout += `Note: ${describeDuplicate(sameName)}; to load it as a new version instead: factdesk revise ${dir} ${sameName.documentId} ${files[index]}\n`;
      }
    }
  }
  return { stdout, stderr, exitCode: stderr ? 1 : 0 };
}

/** A file stays as given; a folder gives its draft files (not recursing), sorted by name. */
async function expandDraftInput(input: string): Promise<string[]> {
  const info = await stat(input).catch(() => null);
  if (!info) throw new UserError(`${input} does not exist.`, 'not-found');
  if (!info.isDirectory()) return [input];
  const names = (await readdir(input)).filter((name) => draftFormatOfName(name) !== undefined).sort();
  if (names.length === 0)
    throw new UserError(`${input} holds no drafts (${READABLE_DRAFTS}).`, 'unreadable-draft');
  return names.map((name) => join(input, name));
}
