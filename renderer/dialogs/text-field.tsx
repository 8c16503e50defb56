import { useId } from 'react';

interface TextFieldProps {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly error?: string | undefined;
  readonly hint?: string;
  readonly multiline?: boolean;
  readonly type?: 'text' | 'url' | 'password';
  /** Receives focus when its dialog opens. */
  readonly autoFocus?: boolean;
}

/** A labelled text input (or textarea) with an optional hint and an inline error. */
export function TextField({
  label,
  value,
  onChange,
  error,
  hint,
  multiline,
  type = 'text',
  autoFocus,
}: TextFieldProps) {
  const id = useId();
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  const common = {
    id,
    className: multiline ? 'input input-multiline' : 'input',
    value,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': described || undefined,
    'data-autofocus': autoFocus ? '' : undefined,
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea {...common} rows={3} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input
          {...common}
          type={type}
          spellCheck={type === 'text' ? undefined : false}
          autoComplete="off"
          onChange={(event) => onChange(event.target.value)}
        />
      )}
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
