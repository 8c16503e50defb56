import { useEffect, useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { Modal } from '../dialogs/modal';
import { ModalActions } from '../dialogs/modal-actions';

interface PassphraseDialogProps {
  /** The folder of the encrypted project. */
  readonly dir: string;
  /** Why the last try failed (a wrong passphrase), shown under the field. */
  readonly error?: string | undefined;
  readonly busy: boolean;
  readonly onSubmit: (passphrase: string) => void;
  readonly onCancel: () => void;
}

/**
 * Asks for the passphrase of an encrypted project. What is typed lives only in this dialog's
 * state: it is sent once with `project:open` and cleared as soon as it has been sent.
 */
export function PassphraseDialog({ dir, error, busy, onSubmit, onCancel }: PassphraseDialogProps) {
  const id = useId();
  const [passphrase, setPassphrase] = useState('');
  const [empty, setEmpty] = useState(false);
  const field = useRef<HTMLInputElement>(null);

  // After a try (a wrong passphrase), the field is empty again and has focus for the next one.
  useEffect(() => {
    if (!busy) field.current?.focus();
  }, [busy]);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!passphrase) {
      setEmpty(true);
      return;
    }
    setEmpty(false);
    onSubmit(passphrase);
    setPassphrase('');
  }

  const shown = empty ? 'Type the passphrase of this project.' : error;
  return (
    <Modal title="Passphrase" className="passphrase-dialog" description={dir} onClose={onCancel}>
      <form className="modal-body" onSubmit={submit} noValidate>
        <p>This project is encrypted. Enter its passphrase to open it.</p>
        <div className="field">
          <label htmlFor={`${id}-passphrase`}>Passphrase</label>
          <input
            ref={field}
            id={`${id}-passphrase`}
            className="input"
            type="password"
            value={passphrase}
            autoComplete="current-password"
            spellCheck={false}
            data-autofocus=""
            disabled={busy}
            onChange={(event) => setPassphrase(event.target.value)}
            aria-invalid={shown ? true : undefined}
            aria-describedby={shown ? `${id}-error` : undefined}
          />
          {shown && (
            <p id={`${id}-error`} className="field-error" role="alert">
              {shown}
            </p>
          )}
        </div>
        <ModalActions onCancel={onCancel} action="Open project" busy={busy} busyAction="Opening…" />
      </form>
    </Modal>
  );
}
