import { useId } from 'react';
import { useApi } from '../api/api-context';
import { useNotices } from '../app/notices-context';

interface FolderFieldProps {
  readonly label: string;
  readonly hint: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  /** Desktop mode offers the system folder picker beside the field. */
  readonly canBrowse: boolean;
  readonly purpose: 'open' | 'create';
  readonly error?: string | undefined;
  readonly placeholder?: string;
}

/** A folder path: typed (always possible) or chosen with the system picker (desktop only). */
export function FolderField(props: FolderFieldProps) {
  const { label, hint, value, onChange, canBrowse, purpose, error, placeholder } = props;
  const id = useId();
  const api = useApi();
  const { reportError } = useNotices();

  async function browse() {
    try {
      const chosen = await api.invoke('dialog:chooseProjectFolder', { purpose });
      if (chosen) onChange(chosen);
    } catch (caught) {
      reportError(caught);
    }
  }

  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <div className="field-row">
        <input
          id={id}
          type="text"
          className="input input-mono"
          value={value}
          onChange={(event) => onChange(event.target.value)}
          placeholder={placeholder}
          spellCheck={false}
          autoComplete="off"
          aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
          aria-invalid={error ? true : undefined}
        />
        {canBrowse && (
          <button type="button" className="button" onClick={() => void browse()}>
            Choose…
          </button>
        )}
      </div>
      <p id={`${id}-hint`} className="field-hint">
        {hint}
      </p>
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
