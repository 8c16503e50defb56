import type { ProjectChecklists } from '../domain';
import { copyJson } from './copy-json';
import { sortedEntries } from './fold-document';
import type { DeskEntry } from './entry';

/*
 * The project's own settings as every checker's changes leave them: the project's title, the
 * methodology paragraph and the project's checklists. They are logged in entries whose `document` is the project's id. Each is
 * last-writer-wins by the hybrid logical clock: a desk edits them rarely and expects the newest edit
 * to stand, not a contest to settle. The value an edit replaced, even one its writer had not seen
 * (two edits made offline at once), stays in the project's history with who wrote it and when.
 */

export interface ProjectSettings {
  /** Absent: no one has renamed the project (it keeps the title it was shared with). */
  title?: string;
  /** Absent: no one has logged one (the project keeps its own). */
  methodology?: string;
  /** Absent: no one has logged them; `{ checklists: undefined }`: logged as the defaults. */
  checklists?: { readonly checklists: ProjectChecklists | undefined };
}

/** The project settings whose edits travel between copies. */
export type ProjectSettingField = 'title' | 'methodology' | 'checklists';

/** One change of a project setting, in clock order. */
export interface ProjectHistoryLine {
  readonly at: string;
  readonly by: string;
  readonly field: ProjectSettingField;
  /** The value it replaced (absent: none had been logged) and the value written, as JSON for checklists. */
  readonly from?: string;
  readonly to: string;
  /** True when the writer had not seen the value it replaced: a concurrent edit, overwritten by clock. */
  readonly concurrent: boolean;
}

export interface FoldedProject {
  readonly settings: ProjectSettings;
  readonly history: ProjectHistoryLine[];
}

/**
 * The project's settings from its entries (those whose `document` is `projectId`), in any delivery
 * order. `sharedTitle`, the title the project was shared with (desk/project.json, never logged), is
 * what the first rename replaced: its history line says so. Every copy has seen it.
 */
export function foldProject(
  projectId: string,
  entries: Iterable<DeskEntry>,
  sharedTitle?: string,
): FoldedProject {
  const settings: ProjectSettings = {};
  const history: ProjectHistoryLine[] = [];
  const last = new Map<ProjectSettingField, { entry: DeskEntry | null; value: string }>();
  if (sharedTitle !== undefined) last.set('title', { entry: null, value: sharedTitle });
  const write = (entry: DeskEntry, field: ProjectSettingField, value: string) => {
    const previous = last.get(field);
    last.set(field, { entry, value });
    if (previous?.value === value) return;
    const seenIt =
      !previous?.entry ||
      (previous.entry.replica === entry.replica
        ? previous.entry.seq <= entry.seq
        : (entry.seen[previous.entry.replica] ?? 0) >= previous.entry.seq);
    history.push({
      at: entry.at,
      by: entry.by,
      field,
      ...(previous ? { from: previous.value } : {}),
      to: value,
      concurrent: !seenIt,
    });
  };
  for (const entry of sortedEntries(projectId, entries)) {
    for (const op of entry.ops) {
      if (op.op === 'title') {
        settings.title = op.title;
        write(entry, 'title', op.title);
      } else if (op.op === 'methodology') {
        settings.methodology = op.text;
        write(entry, 'methodology', op.text);
      } else if (op.op === 'checklists') {
        settings.checklists = { checklists: op.checklists && copyJson(op.checklists) };
        write(entry, 'checklists', JSON.stringify(op.checklists ?? null));
      }
    }
  }
  return { settings, history };
}
