// The work of `factdesk import` once its workers are started (import-command.ts starts them before
// this module and the project code it needs are loaded).
import { readdir, stat } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { basename, join } from 'node:path';
import { draftFormatOfName, READABLE_DRAFTS } from '../../shared/domain';
import { UserError } from '../../shared/errors';
import { describeDuplicate } from '../../core/documents/duplicate-drafts';
import { failureOf, importInBatches, type DraftImport } from '../../core/documents/import-batches';
import type { ExtractionPool } from '../../core/extraction/extraction-pool';
import type { OpenProject } from '../../core/project/open-project';
import { cancellableByCtrlC } from '../cancel-on-ctrl-c';
import { checkerName } from '../cli-error';
import { readRefusal } from '../../core/storage/json-file-adapter';
import { importProgressText, progressLine } from '../progress-line';
import { datedAs, parseDate, withProject, type CommandResult } from './project-commands';

/**
 * Imports the drafts with `pool`'s workers (on this thread without one): see import-command.ts. A
 * draft with the same text as one already in the project, or as an earlier draft of this import, or
 * as an earlier version of any revised draft (whatever its file name), is skipped with a sentence
 * (imported all the same with `allowDuplicate`); one with the file name of another draft is
 * imported, with a sentence on how to load it as a new version instead. On a terminal, a progress
 * line counts the drafts done.
 */
export async function importDraftsWith(
  pool: ExtractionPool | null,
  dir: string,
  inputs: readonly string[],
  by: string | undefined,
  date: string | undefined,
  allowDuplicate: boolean,
): Promise<CommandResult> {
  const given = date === undefined ? undefined : parseDate(date);
  const files = (await Promise.all(inputs.map(expandDraftInput))).flat();
  const checker = checkerName(by, userInfo().username);
  // Without a built worker the claims are found on this thread; the claim finder loads only then.
  const runner = pool ?? (await import('../../core/extraction/extraction-runner')).inlineRunner;
  const work = (project: OpenProject) =>
    cancellableByCtrlC(async (signal) => {
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
            signal,
          },
        );
      } finally {
        progress?.clear();
      }
      return importReport(dir, files, results, signal.aborted);
    });
  // On demand: the project's documents are read one at a time for the duplicate check, and those
  // written are let go once durable, so an import never holds the whole project.
  return withProject(dir, work, { documents: 'on-demand' });
}

/** What `factdesk import` prints: a line per draft imported or skipped, and the failures on stderr. */
function importReport(
  dir: string,
  files: readonly string[],
  results: readonly DraftImport[],
  interrupted: boolean,
): CommandResult {
  let stdout = '';
  let stderr = '';
  for (const [index, result] of results.entries()) {
    if (result.kind === 'held' && result.duplicate.reason === 'earlier-version') {
      // An old copy of a revised draft: neither a new draft nor a new version unless asked for.
      stdout += `Skipped: ${describeDuplicate(result.duplicate)}. Nothing was changed; to load it as the newest version all the same: factdesk revise ${dir} ${result.duplicate.documentId} ${files[index]} --allow-duplicate (or import it as a draft of its own with --allow-duplicate).\n`;
    } else if (result.kind === 'held') {
      stdout += `Skipped: ${describeDuplicate(result.duplicate)}. Import it again with --allow-duplicate.\n`;
    } else if (result.kind === 'failed') {
      const { code, error } = failureOf(result);
      stderr += `factdesk [${code}]: ${error}\n`;
    } else {
      const { item, sameName } = result;
      stdout += `Imported "${item.title}" (${item.id}): ${item.claimCount} claims${datedAs(item)}\n`;
      if (sameName) {
        stdout += `Note: ${describeDuplicate(sameName)}; to load it as a new version instead: factdesk revise ${dir} ${sameName.documentId} ${files[index]}\n`;
      }
    }
  }
  const left = files.length - results.length;
  if (interrupted && left > 0) {
    stderr += `factdesk [cancelled]: The import stopped at Ctrl-C after ${results.length} of ${files.length} drafts: those listed are in the project, whole; the other ${left} were not imported.\n`;
  }
  return { stdout, stderr, exitCode: stderr ? 1 : 0 };
}

/** A file stays as given; a folder gives its draft files (not recursing), sorted by name. */
async function expandDraftInput(input: string): Promise<string[]> {
  let info;
  try {
    info = await stat(input);
  } catch (error) {
    throw readRefusal(input, error);
  }
  if (!info.isDirectory()) return [input];
  const names = (await readdir(input)).filter((name) => draftFormatOfName(name) !== undefined).sort();
  if (names.length === 0)
    throw new UserError(`${input} holds no drafts (${READABLE_DRAFTS}).`, 'unreadable-draft');
  return names.map((name) => join(input, name));
}
