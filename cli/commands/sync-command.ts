import { readFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { UserError } from '../../shared/errors';
import { cloneProject } from '../../core/desk/clone-project';
import type { GitCredentials } from '../../core/desk/git-errors';
import { syncProject, type SyncSummary } from '../../core/desk/sync-project';
import { checkerName } from '../cli-error';
import { projectAccess } from '../passphrase-option';
import type { CommandResult } from './project-commands';
import { withProject } from './project-commands';

const TOOL = 'the factdesk command line';

export interface SyncValues {
  remote?: string;
  'token-file'?: string;
  json?: boolean;
  by?: string;
  email?: string;
}

/** `factdesk sync DIR [--remote URL] [--token-file F] [--json]` */
export async function syncCommand(dir: string, values: SyncValues): Promise<CommandResult> {
  const credentials = await readCredentials(values['token-file']);
  const name = checkerName(values.by, userInfo().username);
  const email = values.email ?? process.env.FACTDESK_CHECKER_EMAIL ?? 'checker@factdesk.invalid';
  const summary = await withProject(dir, (project) =>
    syncProject(project, { remote: values.remote, credentials, author: { name, email } }),
  );
  return { stdout: values.json ? `${JSON.stringify(summary)}\n` : `${syncLine(summary)}\n` };
}

/** `factdesk clone URL DIR [--token-file F]` */
export async function cloneCommand(url: string, dir: string, values: SyncValues): Promise<CommandResult> {
  const credentials = await readCredentials(values['token-file']);
  const project = await cloneProject(url, dir, credentials, projectAccess(), TOOL);
  const view = project.view();
  await project.close();
  return { stdout: `Cloned "${view.title}" (${view.claimCount} claims) into ${project.dir}\n` };
}

/** One line: what came in, what went out, how many claims are contested. */
export function syncLine(summary: SyncSummary): string {
  const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
  return `Synced with ${new URL(summary.remote).host}: ${plural(summary.received, 'change', 'changes')} in, ${summary.sent} out, ${plural(summary.contested, 'contested claim', 'contested claims')}.`;
}

/** The token: the first line of --token-file, else FACTDESK_GIT_TOKEN; the user name from FACTDESK_GIT_USER. */
async function readCredentials(file: string | undefined): Promise<GitCredentials> {
  let token = process.env.FACTDESK_GIT_TOKEN;
  if (file !== undefined) {
    const text = await readFile(file, 'utf8').catch(() => {
      throw new UserError(`Factdesk could not read the token file ${file}.`, 'io-failed');
    });
    token = text.split(/\r?\n/)[0]?.trim();
    if (!token) throw new UserError(`The token file ${file} is empty.`, 'refused');
  }
  return { token: token || undefined, user: process.env.FACTDESK_GIT_USER };
}
