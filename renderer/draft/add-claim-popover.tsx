import { useId, useState } from 'react';
import type { RefObject } from 'react';
import type { ClaimKind } from '../../shared/domain/enums';
import { kindLabel } from '../lib/status';
import type { DraftSelection } from './use-draft-selection';

const KINDS: readonly ClaimKind[] = ['event', 'quantity', 'date', 'quote', 'comparison', 'attribution'];

interface AddClaimPopoverProps {
  readonly chosen: DraftSelection;
  readonly popoverRef: RefObject<HTMLFormElement | null>;
  readonly onAdd: (kind: ClaimKind) => void;
  readonly onCancel: () => void;
}

/** The small form by selected draft text: the claim's kind (Event unless chosen) and Add claim. */
export function AddClaimPopover({ chosen, popoverRef, onAdd, onCancel }: AddClaimPopoverProps) {
  const id = useId();
  const [kind, setKind] = useState<ClaimKind>('event');
  return (
    <form
      ref={popoverRef}
      className="add-claim-popover"
      aria-label="Add claim from selection"
      style={{ top: chosen.top, left: chosen.left }}
      onSubmit={(event) => {
        event.preventDefault();
        onAdd(kind);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          event.stopPropagation();
          onCancel();
        }
      }}
    >
      <label htmlFor={`${id}-kind`} className="visually-hidden">
        Kind of claim
      </label>
      <select
        id={`${id}-kind`}
        className="input tool-select"
        value={kind}
        onChange={(event) => setKind(event.target.value as ClaimKind)}
      >
        {KINDS.map((k) => (
          <option key={k} value={k}>
            {kindLabel(k)}
          </option>
        ))}
      </select>
      <button type="submit" className="button-primary add-claim-button" aria-keyshortcuts="a">
        Add claim
      </button>
    </form>
  );
}
