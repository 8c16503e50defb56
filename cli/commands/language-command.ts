import { userInfo } from 'node:os';
import { languageOperation } from '../../core/extraction/document-jobs';
import { inlineRunner } from '../../core/extraction/extraction-runner';
import { now } from '../../core/project/ids';
import { LANGUAGE_CODE_PATTERN } from '../../shared/domain';
import { checkerName, UsageError } from '../cli-error';
import { withProject, type CommandResult } from './project-commands';

/** Options of `factdesk language`. */
export interface LanguageOptions {
  readonly json?: boolean;
  readonly by?: string;
}

const names = new Intl.DisplayNames(['en'], { type: 'language' });

/**
 * `factdesk language DIR DOCUMENT_ID CODE [--json]`: the checker says which language a draft is in
 * (a BCP 47 primary code: es, fr, de); it is kept, and the draft's claims are found again reading it
 * in that language. Checked and manual claims stay. Only that document is read and written.
 */
export async function languageCommand(
  dir: string,
  documentId: string,
  code: string,
  options: LanguageOptions,
): Promise<CommandResult> {
  const language = code.toLowerCase();
  if (!LANGUAGE_CODE_PATTERN.test(language)) {
    throw new UsageError(`language needs a language code such as es, fr or de, not "${code}".`);
  }
  const checker = checkerName(options.by, userInfo().username);
  return withProject(
    dir,
    async (project) => {
      const doc = await project.loadDocument(documentId);
      const operation = await languageOperation(doc, language, inlineRunner);
      const result = await project.change(documentId, [operation], { by: checker, at: now() });
      const { updated, removed } = result.changes;
      if (options.json) {
        const out = {
          documentId,
          language,
          updated: updated.map((row) => row.id),
          removed: [...removed],
        };
        return { stdout: `${JSON.stringify(out, null, 2)}\n` };
      }
      const name = names.of(language) ?? language;
      return {
        stdout: `${documentId} is in ${name} (${language}); found its claims again: ${updated.length} new or changed, ${removed.length} gone.\n`,
      };
    },
    { documents: 'on-demand' },
  );
}
