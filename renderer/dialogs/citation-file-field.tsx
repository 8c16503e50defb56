import { useId } from 'react';
import { MAX_UPLOADED_ATTACHMENT_BYTES } from '../../shared/ipc/citation-limits';
import { useApi } from '../api/api-context';
import { base64Of } from '../hooks/use-import';
import { useFormAction } from './use-form-action';

interface CitationFileFieldProps {
  /** Desktop: main's own open dialog; web: a file input whose bytes are sent to main. */
  readonly mode: 'desktop' | 'web';
  /**
   * The attached file's name ('' for none) and whether it is attached anew on save, so it can be
   * removed (chosen now, or a reused source's), else kept from the edited citation.
   */
  readonly fileName: string;
  readonly chosen: boolean;
  /** A file was chosen (main holds it under `token`), or the choice was cleared (null). */
  readonly onChange: (file: { readonly token: string; readonly name: string } | null) => void;
}

/**
 * Attaching a local file to a citation. The file is copied into the project (with its sha256) when
 * the citation is saved; until then main holds it under a token, so no path crosses from here.
 */
export function CitationFileField({ mode, fileName, chosen, onChange }: CitationFileFieldProps) {
  const api = useApi();
  const id = useId();
  const { busy, failure: error, setFailure: setError, run } = useFormAction();

  const take = (choose: () => Promise<{ token: string; name: string } | null>) =>
    run(async () => {
      const file = await choose();
      if (file) onChange(file);
    });

  async function upload(file: File) {
    if (file.size > MAX_UPLOADED_ATTACHMENT_BYTES) {
      setError(
        `${file.name} is larger than 25 MB, too large to attach in the browser; attach it in the desktop app.`,
      );
      return;
    }
    await take(async () =>
      api.invoke('citation:uploadFile', { fileName: file.name, base64: await base64Of(file) }),
    );
  }

  const described = [`${id}-hint`, error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className="field citation-file">
      {mode === 'desktop' ? (
        <button
          type="button"
          className="button"
          disabled={busy}
          aria-describedby={described}
          onClick={() => void take(() => api.invoke('dialog:chooseCitationFile', {}))}
        >
          {fileName ? 'Attach another file…' : 'Attach file…'}
        </button>
      ) : (
        <>
          <label htmlFor={`${id}-input`}>Attach file</label>
          <input
            id={`${id}-input`}
            type="file"
            className="input"
            disabled={busy}
            aria-describedby={described}
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) void upload(file);
            }}
          />
        </>
      )}
      <p id={`${id}-hint`} className="field-hint" role="status">
        {busy
          ? 'Reading the file…'
          : fileName
            ? `${chosen ? 'Will attach' : 'Attached'}: ${fileName}`
            : 'A local copy of the source (a PDF, a scan, a recording), kept in the project with its sha256.'}
      </p>
      {chosen && (
        <button type="button" className="button-quiet" onClick={() => onChange(null)}>
          Do not attach {fileName}
        </button>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
