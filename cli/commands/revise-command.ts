import { userInfo } from 'node:os';
import type { RevisionResult } from '../../shared/ipc';
import { inlineRunner } from '../../core/extraction/extraction-runner';
import { reviseDocument } from '../../core/revisions/revise-document';
import { checkerName } from '../cli-error';
import { withProject, type CommandResult } from './project-commands';

/** `factdesk revise DIR DOCUMENT_ID FILE [--json] [--by NAME]`: loads a new version of a document. */
export async function reviseCommand(
  dir: string,
  documentId: string,
  file: string,
  json: boolean,
  by: string | undefined,
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
