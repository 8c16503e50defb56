import { useId } from 'react';
import type { ClaimStatus } from '../../shared/domain/enums';
import { MARKS, STATUS_META } from '../lib/status';

interface StatusButtonsProps {
  readonly status: ClaimStatus;
  readonly onChange: (status: ClaimStatus) => void;
}

/**
 * Verified / Disputed / Unsourced as toggle buttons (aria-pressed on the current one). Pressing the
 * current one again returns the claim to unchecked; the hint under the buttons says so.
 */
export function StatusButtons({ status, onChange }: StatusButtonsProps) {
  const id = useId();
  return (
    <div className="status-block">
      <div
        className="status-buttons"
        role="group"
        aria-labelledby={`${id}-label`}
        aria-describedby={`${id}-hint`}
      >
        <span id={`${id}-label`} className="visually-hidden">
          Status
        </span>
        {MARKS.map((mark) => {
          const meta = STATUS_META[mark];
          const pressed = status === mark;
          return (
            <button
              key={mark}
              type="button"
              className={`status-button status-${mark}`}
              aria-pressed={pressed}
              aria-keyshortcuts={meta.key}
              onClick={() => onChange(pressed ? 'unchecked' : mark)}
              title={
                pressed
                  ? `Press again to mark unchecked (${meta.key})`
                  : `Mark ${meta.label.toLowerCase()} (${meta.key})`
              }
            >
              <span className="status-icon" aria-hidden="true">
                {meta.icon}
              </span>
              {meta.label}
            </button>
          );
        })}
      </div>
      <p id={`${id}-hint`} className="status-hint">
        {status === 'unchecked'
          ? 'Unchecked. Mark it here, or press V, D or U.'
          : `Marked ${STATUS_META[status].label.toLowerCase()}. Press it again to return the claim to unchecked.`}
      </p>
    </div>
  );
}
