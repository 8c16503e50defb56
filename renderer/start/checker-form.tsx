import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import type { AppInfo } from '../../shared/ipc/views';
import { useApi } from '../api/api-context';
import { useNotices } from '../app/notices-context';

interface CheckerFormProps {
  readonly info: AppInfo;
  readonly onInfo: (info: AppInfo) => void;
  /** Called after a successful save (a dialog closes itself). */
  readonly onSaved?: () => void;
  readonly autoFocus?: boolean;
  readonly showHeading?: boolean;
  /** What the field starts with (the name in use unless given: first use starts empty). */
  readonly initialName?: string;
}

/** "Who is checking?": the checker's name, written into each claim's history and the reports. */
export function CheckerForm(props: CheckerFormProps) {
  const { info, onInfo, onSaved, autoFocus, showHeading = true } = props;
  const id = useId();
  const api = useApi();
  const { reportError, notify } = useNotices();
  const [name, setName] = useState(props.initialName ?? info.checker);
  const [email, setEmail] = useState(info.checkerEmail ?? '');
  const [emailError, setEmailError] = useState<string | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!name.trim()) {
      setError('Type the name to sign your checks with.');
      return;
    }
    setError(undefined);
    if (email.trim() && !/^[^\s@<>]+@[^\s@<>]+$/.test(email.trim())) {
      setEmailError('Type an email address such as ana@example.org, or leave it empty.');
      return;
    }
    setEmailError(undefined);
    setBusy(true);
    try {
      const updated = await api.invoke('app:setChecker', { name: name.trim(), email: email.trim() });
      onInfo(updated);
      notify(`You are checking as ${updated.checker}.`);
      onSaved?.();
    } catch (caught) {
      reportError(caught);
    } finally {
      setBusy(false);
    }
  }

  const unchanged =
    name.trim() === info.checker && info.checkerChosen && email.trim() === (info.checkerEmail ?? '');
  return (
    <form
      className="start-form"
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-labelledby={`${id}-h`}
    >
      <h2 id={`${id}-h`} className={showHeading ? undefined : 'visually-hidden'}>
        Who is checking?
      </h2>
      <div className="field">
        <label htmlFor={`${id}-name`}>Checker name</label>
        <div className="field-row">
          <input
            id={`${id}-name`}
            className="input"
            type="text"
            value={name}
            autoFocus={autoFocus}
            autoComplete="name"
            onChange={(event) => setName(event.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
          />
          <button type="submit" className="button" disabled={busy || unchanged}>
            Save
          </button>
        </div>
        <p id={`${id}-hint`} className="field-hint">
          Signed on every mark, note and citation, and in the reports.
        </p>
        {error && (
          <p id={`${id}-error`} className="field-error">
            {error}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${id}-email`}>Email (optional)</label>
        <input
          id={`${id}-email`}
          className="input"
          type="email"
          value={email}
          autoComplete="email"
          onChange={(event) => setEmail(event.target.value)}
          aria-invalid={emailError ? true : undefined}
          aria-describedby={`${id}-email-hint${emailError ? ` ${id}-email-error` : ''}`}
        />
        <p id={`${id}-email-hint`} className="field-hint">
          Signs your commits when the project is shared through git; never printed in reports.
        </p>
        {emailError && (
          <p id={`${id}-email-error`} className="field-error">
            {emailError}
          </p>
        )}
      </div>
    </form>
  );
}
