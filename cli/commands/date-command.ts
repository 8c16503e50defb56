import { userInfo } from 'node:os';
import { publicationDateOperation } from '../../core/extraction/document-jobs';
import { inlineRunner } from '../../core/extraction/extraction-runner';
import { now } from '../../core/project/ids';
import { checkerName, UsageError } from '../cli-error';
import { datedAs, parseDate, withProject, type CommandResult } from './project-commands';

/** Options of `factdesk date`. */
export interface DateOptions {
  readonly clear?: boolean;
  readonly json?: boolean;
  readonly by?: string;
}

/**
 * `factdesk date DIR DOCUMENT_ID (YYYY-MM-DD | --clear) [--json]`: sets (or clears) a draft's
 * publication date and reads its relative dates again against it; no verdict, note or citation
 * changes. Only that document is read and written.
 */
export async function dateCommand(
  dir: string,
  documentId: string,
  date: string | undefined,
  options: DateOptions,
): Promise<CommandResult> {
  if ((date === undefined) === !options.clear) {
    throw new UsageError('date needs either a day (YYYY-MM-DD) or --clear.');
  }
  const day = date === undefined ? null : parseDate(date, 'The publication date');
  const checker = checkerName(options.by, userInfo().username);
  return withProject(
    dir,
    async (project) => {
      const doc = await project.loadDocument(documentId);
      const operation = await publicationDateOperation(doc, day, inlineRunner);
      const result = await project.change(documentId, [operation], { by: checker, at: now() });
      const after = project.document(documentId);
      if (options.json) {
        const out = {
          documentId,
          documentDate: after.documentDate ?? null,
          documentDateSource: after.documentDateSource ?? null,
          redated: result.changes.updated.map((row) => row.id),
        };
        return { stdout: `${JSON.stringify(out, null, 2)}\n` };
      }
      const count = result.changes.updated.length;
      const what = after.documentDate
        ? `Dated ${documentId}${datedAs(after).replace(/^, dated/, '')}`
        : `Cleared the date of ${documentId}`;
      return { stdout: `${what}; ${count} claim${count === 1 ? '' : 's'} read again against it.\n` };
    },
    { documents: 'on-demand' },
  );
}
