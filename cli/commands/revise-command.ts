import { userInfo } from 'node:os';
import type { RevisionResult } from '../../shared/ipc';
import { inlineRunner } from '../../core/extraction/extraction-runner';
import { reviseDocument } from '../../core/revisions/revise-document';
import { checkerName } from '../cli-error';
import { withProject, type CommandResult } from './project-commands';

/**
 * `factdesk revise DIR DOCUMENT_ID FILE [--json] [--by NAME] [--allow-duplicate]`: loads a new
 * version of a document. A draft with the text of one of its earlier versions (an old copy) is
 * refused with a sentence, unless `allowDuplicate`: then it becomes the newest version all the same.
 */
export async function reviseCommand(
  dir: string,
  documentId: string,
  file: string,
  json: boolean,
  by: string | undefined,
  allowDuplicate = false,
): Promise<CommandResult> {
  const checker = checkerName(by, userInfo().username);
  return withProject(
    dir,
    async (project) => {
      const result = await reviseDocument(
        project,
        documentId,
        { kind: 'file', path: file },
        checker,
        inlineRunner,
        undefined,
        allowDuplicate
          ? undefined
          : { hint: `To load it as the newest version all the same, add --allow-duplicate.` },
      );
      return { stdout: json ? `${JSON.stringify(result, null, 2)}\n` : summary(result) };
    },
    { documents: 'on-demand' },
  );
}

/** One line for the new version, then the count of claims in each anchoring state. */
function summary(result: RevisionResult): string {
  const { exact, moved, changed, orphaned, added } = result.counts;
  return [
    `Loaded ${result.fileName} as version ${result.version} of ${result.documentId}.`,
    `  ${exact} unchanged, ${moved} moved`,
    `  ${changed} changed (need a recheck)`,
    `  ${orphaned} orphaned (their text is gone)`,
    `  ${added} new suggestions`,
    '',
  ].join('\n');
}
