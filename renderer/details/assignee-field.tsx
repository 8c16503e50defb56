import { useId, useState } from 'react';
import { focusClaimsTable } from '../table/claims-table-focus';

interface AssigneeFieldProps {
  /** Mount one per claim (key it by claim id). */
  readonly assignee: string;
  readonly checker: string;
  /** The desk's checkers, offered as a pick list (a new name is accepted too). */
  readonly checkers: readonly string[];
  readonly onSave: (assignee: string) => void;
}

/**
 * Who is to check the claim: picked from the desk's checkers or typed, saved on Enter (which goes back
 * to the claims table, as Escape does) or on leaving the field; "Assign to me" in one click.
 */
export function AssigneeField({ assignee, checker, checkers, onSave }: AssigneeFieldProps) {
  const id = useId();
  const [value, setValue] = useState(assignee);
  const save = (next: string) => {
    const trimmed = next.trim();
    if (trimmed !== assignee) onSave(trimmed);
  };
  return (
    <div className="assignee-field">
      <label htmlFor={id}>Assignee</label>
      <input
        id={id}
        className="input assignee-input"
        value={value}
        placeholder="Nobody"
        autoComplete="off"
        list={`${id}-checkers`}
        onChange={(event) => setValue(event.target.value)}
        onBlur={() => save(value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            // Back to the claims table, as Escape does: leaving the field saves it (onBlur). Focus
            // staying here would be lost anyway, as the saved name mounts the field anew.
            focusClaimsTable();
            if (globalThis.document.activeElement === event.currentTarget) save(value);
          }
        }}
      />
      <datalist id={`${id}-checkers`}>
        {checkers.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      {checker && checker !== assignee && (
        <button
          type="button"
          className="button-quiet"
          onClick={() => {
            setValue(checker);
            save(checker);
          }}
        >
          Assign to me
        </button>
      )}
    </div>
  );
}
