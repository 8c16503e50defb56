import type { Ref } from 'react';
import '../styles/dialog.css';

interface ModalActionsProps {
  /** The way out without doing anything. Its button comes first, so Tab reaches it before the action. */
  readonly onCancel?: () => void;
  /** "Cancel" unless nothing is pending, where "Close" says it better. */
  readonly cancelLabel?: string;
  readonly cancelRef?: Ref<HTMLButtonElement>;
  /** Set while an action that cannot be abandoned runs (a restore), so Cancel does not pretend to stop it. */
  readonly cancelDisabled?: boolean;
  /** The dialog's primary action, last in the row. */
  readonly action?: string;
  /** Runs the action; without it the action is the form's submit button. */
  readonly onAction?: () => void;
  /** While busy the action is disabled and reads `busyAction` (if given), so it cannot run twice. */
  readonly busy?: boolean;
  readonly busyAction?: string;
  /** The action takes focus when the dialog opens (dialogs with nothing else to do, such as About). */
  readonly autoFocusAction?: boolean;
}

/** The button row at the foot of a modal: a quiet Cancel (or Close) and the primary action, in that order. */
export function ModalActions({
  onCancel,
  cancelLabel = 'Cancel',
  cancelRef,
  cancelDisabled,
  action,
  onAction,
  busy = false,
  busyAction,
  autoFocusAction,
}: ModalActionsProps) {
  return (
    <div className="modal-actions">
      {onCancel && (
        <button ref={cancelRef} type="button" className="button" onClick={onCancel} disabled={cancelDisabled}>
          {cancelLabel}
        </button>
      )}
      {action && (
        <button
          type={onAction ? 'button' : 'submit'}
          className="button-primary"
          onClick={onAction}
          disabled={busy}
          data-autofocus={autoFocusAction || undefined}
        >
          {busy && busyAction ? busyAction : action}
        </button>
      )}
    </div>
  );
}
