import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import type { ProjectOpener } from '../access/use-project-opener';
import { useApi } from '../api/api-context';
import { useNotices } from '../app/notices-context';
import { FolderField } from './folder-field';

interface OpenProjectFormProps {
  readonly desktop: boolean;
  /** Opens a folder, asking for a passphrase or offering a backup when needed. */
  readonly opener: ProjectOpener;
}

/** Opens an existing project: the system picker on the desktop, a typed folder path on the web. */
export function OpenProjectForm({ desktop, opener }: OpenProjectFormProps) {
  const id = useId();
  const api = useApi();
  const { reportError } = useNotices();
  const [dir, setDir] = useState('');
  const [error, setError] = useState<string | undefined>();
  const { busy, open } = opener;

  async function browse() {
    try {
      const chosen = await api.invoke('dialog:chooseProjectFolder', { purpose: 'open' });
      if (chosen) await open(chosen);
    } catch (caught) {
      reportError(caught);
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!dir.trim()) {
      setError('Type the folder of the project to open.');
      return;
    }
    setError(undefined);
    void open(dir.trim());
  }

  if (desktop) {
    return (
      <div className="start-form" role="group" aria-labelledby={`${id}-h`}>
        <h2 id={`${id}-h`}>Open project</h2>
        <p className="start-form-text">Pick a project folder (it ends in .factdesk).</p>
        <div className="form-actions">
          <button type="button" className="button" disabled={busy} onClick={() => void browse()}>
            Open project…
          </button>
        </div>
      </div>
    );
  }
  return (
    <form className="start-form" onSubmit={submit} noValidate aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Open project</h2>
      <FolderField
        label="Project folder"
        hint="The folder of an existing project on this machine."
        value={dir}
        onChange={setDir}
        canBrowse={false}
        purpose="open"
        placeholder="/home/you/Fact-checks/belarus-2022"
        error={error}
      />
      <div className="form-actions">
        <button type="submit" className="button" disabled={busy}>
          {busy ? 'Opening…' : 'Open project'}
        </button>
      </div>
    </form>
  );
}
