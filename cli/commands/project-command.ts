import { userInfo } from 'node:os';
import type { ProjectHistoryLine } from '../../shared/desk';
import { settingsHistory } from '../../core/desk/settings-history';
import { OpenProject } from '../../core/project/open-project';
import { checkerName, UsageError } from '../cli-error';
import { oneLine } from '../output';
import { projectAccess } from '../passphrase-option';
import { withProject, type CommandResult } from './project-commands';

const TOOL = 'the factdesk command line';

export interface ProjectValues {
  title?: string;
  history?: boolean;
  json?: boolean;
  by?: string;
}

/**
 * `factdesk project DIR [--title T] [--history] [--json] [--by NAME]`: the project's title and
 * methodology; `--title` renames it (a shared project logs it, so the other copies take it at their
 * next sync), `--history` adds every logged edit of the title, methodology and checklists, the ones a
 * concurrent edit replaced included. Without `--title` it reads, taking no lock.
 */
export async function projectCommand(dir: string, values: ProjectValues): Promise<CommandResult> {
  const title = values.title?.trim();
  if (values.title !== undefined && !title) throw new UsageError('--title needs a title.');
  if (title && title.length > 1000) throw new UsageError('--title takes at most 1,000 characters.');
  const show = async (project: OpenProject) => {
    // project.json alone: its drafts are not read.
    const view = project.files.project.data;
    const history = values.history ? await settingsHistory(project) : null;
    if (values.json) {
      const json = {
        id: view.id,
        title: view.title,
        methodology: view.methodology,
        ...(history ? { shared: history.shared, history: history.lines } : {}),
      };
      return { stdout: `${JSON.stringify(json, null, 2)}\n` };
    }
    const lines = [
      `Title: ${view.title || '(none)'}`,
      `Methodology: ${view.methodology ? oneLine(view.methodology, 200) : '(none yet)'}`,
    ];
    if (history) lines.push(...historyText(history.shared, history.lines));
    return { stdout: `${lines.join('\n')}\n` };
  };
  if (title) {
    const by = checkerName(values.by, userInfo().username);
    return withProject(dir, async (project) => {
      await project.setTitle(title, { name: by });
      return show(project);
    });
  }
  const project = await OpenProject.open(dir, {
    ...projectAccess(),
    tool: TOOL,
    readOnly: true,
    documents: 'on-demand',
  });
  try {
    return await show(project);
  } finally {
    await project.close();
  }
}

function historyText(shared: boolean, lines: readonly ProjectHistoryLine[]): string[] {
  if (!shared) {
    return [
      'History: none kept; the history of these settings is logged once the project is shared (factdesk sync).',
    ];
  }
  if (lines.length === 0)
    return ['History: no edit of the title, methodology or checklists has been logged yet.'];
  return [
    'History (oldest first):',
    ...lines.map((line) => {
      const change =
        line.field === 'checklists'
          ? `checklists: ${checklistsText(line.to)}`
          : `${line.field}: ${line.from === undefined ? '' : `"${oneLine(line.from, 60)}" -> `}"${oneLine(line.to, 80)}"`;
      const replaced = line.concurrent ? ` (made without seeing the edit before it, which it replaced)` : '';
      return `  ${line.at}  ${line.by}  ${change}${replaced}`;
    }),
  ];
}

/** A checklists value as logged (JSON): the defaults, or which kinds have lists of their own. */
function checklistsText(logged: string): string {
  const lists = JSON.parse(logged) as Record<string, unknown> | null;
  const kinds = lists ? Object.keys(lists) : [];
  return kinds.length === 0 ? 'back to the default lists' : `own lists for ${kinds.join(', ')}`;
}
