import { useId, useState } from 'react';
import {
  MAX_CHECKLIST_ITEMS,
  defaultChecklists,
  type ChecklistItem,
  type Checklists,
} from '../../shared/domain/checklists';
import { claimKinds, type ClaimKind } from '../../shared/domain/enum-values';
import type { ProjectView } from '../../shared/ipc/views';
import { useApi } from '../api/api-context';
import { FormFailure } from '../dialogs/form-failure';
import { useFormAction } from '../dialogs/use-form-action';
import { Modal } from '../dialogs/modal';
import { ModalActions } from '../dialogs/modal-actions';
import { kindLabel } from '../lib/status';
import { SettingsHistory } from '../project/settings-history';
import '../styles/checklists.css';

interface ChecklistsDialogProps {
  readonly checklists: Checklists;
  readonly onSaved: (project: ProjectView) => void;
  readonly onClose: () => void;
}

type Lists = Record<ClaimKind, ChecklistItem[]>;

/** A new item's id: the project's id alphabet, unlikely to meet another. */
function newItemId(): string {
  return `own-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
}

/** The first item left empty, said in one sentence; null when every item has words. */
function emptyItem(lists: Lists): string | null {
  for (const kind of claimKinds) {
    const index = lists[kind].findIndex((entry) => entry.text.trim() === '');
    if (index >= 0)
      return `Item ${index + 1} of the ${kindLabel(kind)} checklist is empty: write it or remove it.`;
  }
  return null;
}

/**
 * The project's checklists, one kind at a time: reword an item in its field, add one, remove one,
 * move one up, or put a kind back to the default list. Saved together into the project; ticks
 * already given stay with their items (a reworded item keeps its ticks).
 */
export function ChecklistsDialog({ checklists, onSaved, onClose }: ChecklistsDialogProps) {
  const api = useApi();
  const id = useId();
  const [kind, setKind] = useState<ClaimKind>('quantity');
  const [lists, setLists] = useState<Lists>(
    () =>
      Object.fromEntries(claimKinds.map((k) => [k, checklists[k].map((entry) => ({ ...entry }))])) as Lists,
  );
  const { busy, failure, setFailure, run } = useFormAction();
  const items = lists[kind];
  const label = kindLabel(kind);

  const change = (next: ChecklistItem[]) => setLists((all) => ({ ...all, [kind]: next }));
  const focusItem = (index: number) =>
    requestAnimationFrame(() => document.getElementById(`${id}-item-${index}`)?.focus());

  async function save() {
    const empty = emptyItem(lists);
    if (empty) {
      setFailure(empty);
      return;
    }
    const trimmed = Object.fromEntries(
      claimKinds.map((k) => [k, lists[k].map((entry) => ({ id: entry.id, text: entry.text.trim() }))]),
    );
    await run(async () => onSaved(await api.invoke('project:setChecklists', { checklists: trimmed })));
  }

  return (
    <Modal
      title="Checklists"
      className="checklists-dialog"
      description="What a checker must establish before a verdict, for each kind of claim. The lists are saved in this project."
      onClose={onClose}
    >
      <form
        className="modal-body"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <div className="field">
          <label htmlFor={`${id}-kind`}>Kind of claim</label>
          <select
            id={`${id}-kind`}
            value={kind}
            data-autofocus
            onChange={(event) => setKind(event.target.value as ClaimKind)}
          >
            {claimKinds.map((k) => (
              <option key={k} value={k}>
                {kindLabel(k)} ({lists[k].length})
              </option>
            ))}
          </select>
        </div>
        {items.length === 0 ? (
          <p className="details-empty">No items: claims of this kind show no checklist.</p>
        ) : (
          <ol className="checklists-editor" aria-label={`${label} checklist`}>
            {items.map((entry, index) => (
              <li key={entry.id} className="checklists-row">
                <input
                  id={`${id}-item-${index}`}
                  type="text"
                  value={entry.text}
                  maxLength={500}
                  aria-label={`${label} item ${index + 1}`}
                  onChange={(event) =>
                    change(
                      items.map((old, at) => (at === index ? { ...old, text: event.target.value } : old)),
                    )
                  }
                />
                <button
                  type="button"
                  className="button-quiet button-icon"
                  aria-label={`Move ${label} item ${index + 1} up`}
                  title="Move up"
                  disabled={index === 0}
                  onClick={() => {
                    const next = [...items];
                    [next[index - 1], next[index]] = [next[index]!, next[index - 1]!];
                    change(next);
                    focusItem(index - 1);
                  }}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="button-quiet button-icon"
                  aria-label={`Remove ${label} item ${index + 1}`}
                  title="Remove"
                  onClick={() => {
                    change(items.filter((_, at) => at !== index));
                    focusItem(Math.max(0, index - 1));
                  }}
                >
                  ✕
                </button>
              </li>
            ))}
          </ol>
        )}
        <div className="checklists-foot">
          <button
            type="button"
            className="button"
            disabled={items.length >= MAX_CHECKLIST_ITEMS}
            onClick={() => {
              change([...items, { id: newItemId(), text: '' }]);
              focusItem(items.length);
            }}
          >
            Add item
          </button>
          <button
            type="button"
            className="button-quiet"
            onClick={() => change(defaultChecklists[kind].map((entry) => ({ ...entry })))}
          >
            Use the default {label.toLowerCase()} list
          </button>
        </div>
        <SettingsHistory field="checklists" />
        <FormFailure message={failure} />
        <ModalActions onCancel={onClose} action="Save checklists" busy={busy} busyAction="Saving…" />
      </form>
    </Modal>
  );
}
