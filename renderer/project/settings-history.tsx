import { useEffect, useState } from 'react';
import type { ProjectHistoryLine, ProjectSettingField } from '../../shared/desk/fold-project';
import type { ProjectSettingsHistory } from '../../shared/ipc/project-settings';
import { useApi } from '../api/api-context';
import { errorMessage } from '../api/envelope';
import { formatDateTime } from '../lib/format';
import '../styles/settings-history.css';

const NAMES: Record<ProjectSettingField, string> = {
  title: 'title',
  methodology: 'methodology',
  checklists: 'checklists',
};

/** A checklists value as logged (JSON): the defaults, or which kinds have lists of their own. */
function checklistsText(logged: string): string {
  const lists = JSON.parse(logged) as Record<string, unknown> | null;
  const kinds = lists ? Object.keys(lists) : [];
  return kinds.length === 0 ? 'the default lists' : `lists of its own for ${kinds.join(', ')}`;
}

function valueText(field: ProjectSettingField, value: string): string {
  if (field === 'checklists') return checklistsText(value);
  return value === '' ? '(empty)' : `“${value}”`;
}

/**
 * The history of one project setting as the team desk logged it (every copy's edits, oldest first),
 * read when opened, and read again while open whenever `saves` changes (a save made beside it). An
 * edit made without seeing the one before it says so: that one was replaced by the later edit, by
 * the clock, and stays here.
 */
export function SettingsHistory({
  field,
  saves = 0,
}: {
  readonly field: ProjectSettingField;
  /** How many saves of the setting were made beside the list: each one reads an open list again. */
  readonly saves?: number;
}) {
  const api = useApi();
  const [open, setOpen] = useState(false);
  const [history, setHistory] = useState<ProjectSettingsHistory | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const lines: readonly ProjectHistoryLine[] = history?.lines.filter((line) => line.field === field) ?? [];
  useEffect(() => {
    if (!open) return;
    let live = true;
    api.invoke('project:settingsHistory', {}).then(
      (answer) => {
        if (!live) return;
        setHistory(answer);
        setFailure(null);
      },
      (error: unknown) => {
        if (live) setFailure(errorMessage(error));
      },
    );
    return () => {
      live = false;
    };
  }, [api, open, saves]);
  return (
    <details className="settings-history" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>History of the {NAMES[field]}</summary>
      {failure ? (
        <p className="field-error" role="alert">
          {failure}
        </p>
      ) : history === null ? (
        <p className="field-hint">Loading the history…</p>
      ) : !history.shared ? (
        <p className="field-hint">
          The history of the {NAMES[field]} is kept once the project is shared with the desk.
        </p>
      ) : lines.length === 0 ? (
        <p className="field-hint">No edit of the {NAMES[field]} has been logged yet.</p>
      ) : (
        <ol className="settings-history-lines" aria-label={`Edits of the ${NAMES[field]}`}>
          {lines.map((line) => (
            <li key={`${line.at}-${line.by}-${line.to}`}>
              <span className="settings-history-who">
                {line.by} · <time dateTime={line.at}>{formatDateTime(line.at)}</time>
              </span>
              <span>
                {line.from === undefined
                  ? `Set to ${valueText(field, line.to)}.`
                  : `Changed from ${valueText(field, line.from)} to ${valueText(field, line.to)}.`}
              </span>
              {line.concurrent ? (
                <span className="settings-history-concurrent">
                  Made without seeing the edit before it, which it replaced; both stay here.
                </span>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </details>
  );
}
