import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { ClaimRow } from '../../shared/ipc/views';
import { appendToNote } from '../seen/verdict-sentence';

const PAUSE_MS = 800;

type SaveState = 'idle' | 'editing' | 'saving' | 'saved' | 'failed';

const STATE_TEXT: Record<SaveState, string> = {
  idle: '',
  editing: 'Unsaved changes',
  saving: 'Saving…',
  saved: 'Saved',
  failed: 'Not saved',
};

interface NoteFieldProps {
  /** Mount one field per claim (key it by claim id): it keeps what is typed until it is saved. */
  readonly claimId: string;
  /** The note as the project has it now: a change from elsewhere (a sync) shows unless something is typed over it. */
  readonly initialNote: string;
  readonly onSave: (claimId: string, note: string) => Promise<ClaimRow | null>;
  /** A sentence to add at the end of the note, saved at once like typing (each new `seq` adds it once). */
  readonly append?: { readonly text: string; readonly seq: number } | undefined;
}

/** The checker's note on a claim: saved after a pause in typing and on leaving the field. */
export function NoteField({ claimId, initialNote, onSave, append }: NoteFieldProps) {
  const id = useId();
  const [note, setNote] = useState(initialNote);
  const [state, setState] = useState<SaveState>('idle');
  const saved = useRef(initialNote);
  const pending = useRef<string | null>(null);
  const timer = useRef<number | undefined>(undefined);
  /** What the field holds now (typed, not yet saved included), for adding a sentence to it. */
  const current = useRef(initialNote);
  const appended = useRef(0);

  const flush = useCallback(() => {
    window.clearTimeout(timer.current);
    const text = pending.current;
    pending.current = null;
    if (text === null) return;
    if (text === saved.current) {
      setState((current) => (current === 'editing' ? 'saved' : current));
      return;
    }
    setState('saving');
    void onSave(claimId, text).then((row) => {
      if (row) saved.current = text;
      setState((current) => (current === 'saving' ? (row ? 'saved' : 'failed') : current));
    });
  }, [claimId, onSave]);

  // A note that changed elsewhere (a sync brought another checker's) replaces the one shown, unless
  // the checker is typing: what they type is saved over it, and the claim's history keeps both.
  useEffect(() => {
    if (initialNote === saved.current || pending.current !== null) return;
    saved.current = initialNote;
    current.current = initialNote;
    setNote(initialNote);
  }, [initialNote]);

  // A sentence added from elsewhere ("Copy verdict into note") goes through the same save as typing.
  useEffect(() => {
    if (!append || append.seq === appended.current) return;
    appended.current = append.seq;
    const next = appendToNote(current.current, append.text);
    current.current = next;
    setNote(next);
    pending.current = next;
    flush();
  }, [append, flush]);

  // Leaving the claim (or the window) saves what was typed.
  useEffect(() => {
    window.addEventListener('beforeunload', flush);
    return () => {
      window.removeEventListener('beforeunload', flush);
      flush();
    };
  }, [flush]);

  return (
    <div className="note-field">
      <div className="note-head">
        <label htmlFor={id}>Note</label>
        <span className={`note-state note-${state}`} role="status">
          {STATE_TEXT[state]}
        </span>
      </div>
      <textarea
        id={id}
        className="input note-input"
        rows={4}
        value={note}
        placeholder="What you found, what is still open…"
        onChange={(event) => {
          setNote(event.target.value);
          current.current = event.target.value;
          pending.current = event.target.value;
          setState('editing');
          window.clearTimeout(timer.current);
          timer.current = window.setTimeout(flush, PAUSE_MS);
        }}
        onBlur={flush}
      />
    </div>
  );
}
