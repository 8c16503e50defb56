import { useId } from 'react';
import { claimChecklist } from '../../shared/domain/checklists';
import type { ClaimListRow } from '../../shared/ipc/claim-list-row';
import { kindLabel } from '../lib/status';
import { useChecklists } from './checklists-context';
import '../styles/checklists.css';

interface ClaimChecklistProps {
  readonly claim: ClaimListRow;
  readonly onTick: (item: string, done: boolean) => void;
}

/**
 * What the checker must establish about this kind of claim, as real checkboxes (Space ticks one, Tab
 * moves on), with how many are done; a verdict given with items left shows a quiet cue, never a block.
 */
export function ClaimChecklist({ claim, onTick }: ClaimChecklistProps) {
  const id = useId();
  const { checklists, onEdit } = useChecklists();
  const entries = claimChecklist(checklists, claim);
  const done = entries.filter((entry) => entry.done).length;
  const left = entries.length - done;
  const kind = kindLabel(claim.kind).toLowerCase();
  return (
    <div className="details-section checklist" role="group" aria-labelledby={`${id}-title`}>
      <div className="details-section-head">
        <h3 id={`${id}-title`}>Checklist</h3>
        <span className="details-count" aria-label={`${done} of ${entries.length} done`}>
          {done}/{entries.length}
        </span>
        <button type="button" className="button-quiet checklist-edit" onClick={onEdit}>
          Edit checklists…
        </button>
      </div>
      {entries.length === 0 ? (
        <p className="details-empty">No checklist for a {kind} in this project.</p>
      ) : (
        <ul className="checklist-items">
          {entries.map((entry) => (
            <li key={entry.id}>
              <label className="checklist-item">
                <input
                  type="checkbox"
                  checked={entry.done}
                  onChange={(event) => onTick(entry.id, event.target.checked)}
                />
                <span>{entry.item}</span>
              </label>
            </li>
          ))}
        </ul>
      )}
      {claim.status !== 'unchecked' && left > 0 && (
        <p className="checklist-cue" role="note">
          <span aria-hidden="true">○ </span>
          Verdict given with {left === 1 ? '1 item' : `${left} items`} of the checklist not ticked.
        </p>
      )}
    </div>
  );
}

/** The table's compact cue: "2/5" once the checking has started or a verdict is given; nothing before. */
export function ChecklistProgressCue({ claim }: { readonly claim: ClaimListRow }) {
  const { checklists } = useChecklists();
  const entries = claimChecklist(checklists, claim);
  const done = entries.filter((entry) => entry.done).length;
  if (entries.length === 0 || (done === 0 && claim.status === 'unchecked')) return null;
  const words = `Checklist: ${done} of ${entries.length} done`;
  return (
    <span
      className={done === entries.length ? 'checklist-progress is-done' : 'checklist-progress'}
      title={words}
    >
      <span aria-hidden="true">
        {done}/{entries.length}
      </span>
      <span className="visually-hidden">{words}</span>
    </span>
  );
}
