import { useCallback, useEffect, useId, useState } from 'react';
import { useApi } from '../api/api-context';
import { errorMessage } from '../api/envelope';
import { SettingsHistory } from '../project/settings-history';

/** The project's methodology paragraph as the export dialog edits it. */
export interface Methodology {
  readonly text: string;
  readonly setText: (text: string) => void;
  /** Whether the text differs from what the project has saved. */
  readonly dirty: boolean;
  /** Saves the text if it changed (`project:setMethodology`); throws the sentence main gave. */
  readonly save: () => Promise<void>;
  readonly loaded: boolean;
  /** How many times it was saved while the dialog is open (its history, if open, reads again). */
  readonly saves: number;
}

/** Loads the open project's methodology once, and saves it on demand. */
export function useMethodology(): Methodology {
  const api = useApi();
  const [saved, setSaved] = useState('');
  const [text, setText] = useState('');
  const [loaded, setLoaded] = useState(false);
  const [saves, setSaves] = useState(0);
  useEffect(() => {
    let live = true;
    void api.invoke('project:current', {}).then((view) => {
      if (!live) return;
      setSaved(view?.methodology ?? '');
      setText(view?.methodology ?? '');
      setLoaded(true);
    });
    return () => {
      live = false;
    };
  }, [api]);
  const dirty = loaded && text !== saved;
  const save = useCallback(async () => {
    if (!dirty) return;
    const view = await api.invoke('project:setMethodology', { text });
    setSaved(view.methodology);
    setSaves((count) => count + 1);
  }, [api, dirty, text]);
  return { text, setText, dirty, save, loaded, saves };
}

/** The Methodology field: printed near the top of every report, saved with the project. */
export function MethodologyField({ methodology }: { readonly methodology: Methodology }) {
  const id = useId();
  const [status, setStatus] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  async function saveNow() {
    setFailure(null);
    try {
      await methodology.save();
      setStatus('Methodology saved.');
    } catch (error) {
      setFailure(errorMessage(error));
    }
  }
  return (
    <div className="field methodology-field">
      <label htmlFor={id}>Methodology</label>
      <textarea
        id={id}
        className="input input-multiline"
        rows={3}
        value={methodology.text}
        disabled={!methodology.loaded}
        aria-describedby={`${id}-hint${failure ? ` ${id}-error` : ''}`}
        onChange={(event) => {
          setStatus('');
          methodology.setText(event.target.value);
        }}
      />
      <div className="methodology-actions">
        <p id={`${id}-hint`} className="field-hint" role="status">
          {status ||
            (methodology.dirty
              ? 'Not saved yet; exporting saves it too.'
              : 'How this desk checks claims; printed in every report of the project.')}
        </p>
        <button type="button" className="button" disabled={!methodology.dirty} onClick={() => void saveNow()}>
          Save methodology
        </button>
      </div>
      {failure && (
        <p id={`${id}-error`} className="field-error">
          {failure}
        </p>
      )}
      <SettingsHistory field="methodology" saves={methodology.saves} />
    </div>
  );
}
