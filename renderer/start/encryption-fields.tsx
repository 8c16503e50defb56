import { useId } from 'react';

/** What the New project form holds about encryption. */
export interface EncryptionChoice {
  readonly encrypt: boolean;
  readonly passphrase: string;
  readonly repeat: string;
}

export const NO_ENCRYPTION: EncryptionChoice = { encrypt: false, passphrase: '', repeat: '' };

interface EncryptionFieldsProps {
  readonly value: EncryptionChoice;
  readonly onChange: (value: EncryptionChoice) => void;
  readonly errors: { readonly passphrase?: string | undefined; readonly repeat?: string | undefined };
}

/** The optional "Encrypt with a passphrase" choice of a new project, with the passphrase typed twice. */
export function EncryptionFields({ value, onChange, errors }: EncryptionFieldsProps) {
  const id = useId();
  const set = (change: Partial<EncryptionChoice>) => onChange({ ...value, ...change });
  return (
    <fieldset className="encryption-fields">
      <legend className="visually-hidden">Encryption</legend>
      <label className="export-check">
        <input
          type="checkbox"
          checked={value.encrypt}
          onChange={(event) => set({ encrypt: event.target.checked })}
          aria-describedby={`${id}-hint`}
        />
        Encrypt with a passphrase
      </label>
      <p id={`${id}-hint`} className="field-hint">
        Every file of the project, its backups included, is encrypted on disk. Without the passphrase nobody
        can open it, and a forgotten one cannot be recovered.
      </p>
      {value.encrypt && (
        <div className="field-pair">
          <PassphraseField
            id={`${id}-passphrase`}
            label="Passphrase"
            value={value.passphrase}
            error={errors.passphrase}
            onChange={(passphrase) => set({ passphrase })}
          />
          <PassphraseField
            id={`${id}-repeat`}
            label="Repeat passphrase"
            value={value.repeat}
            error={errors.repeat}
            onChange={(repeat) => set({ repeat })}
          />
        </div>
      )}
    </fieldset>
  );
}

function PassphraseField(props: {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly error: string | undefined;
  readonly onChange: (value: string) => void;
}) {
  const { id, label, value, error, onChange } = props;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        className="input"
        type="password"
        value={value}
        autoComplete="new-password"
        spellCheck={false}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

/** The sentences for a passphrase that cannot be used, or nothing to say when it can. */
export function passphraseErrors(
  value: EncryptionChoice,
  minLength: number,
): { passphrase?: string; repeat?: string } {
  if (!value.encrypt) return {};
  if ([...value.passphrase.normalize('NFC')].length < minLength)
    return { passphrase: `A passphrase needs at least ${minLength} characters.` };
  if (value.repeat !== value.passphrase) return { repeat: 'The two passphrases differ; type it again.' };
  return {};
}
