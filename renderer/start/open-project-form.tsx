import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import type { ProjectView } from '../../shared/ipc/views';
import { useApi } from '../api/api-context';
import { useNotices } from '../app/notices-context';
import { FolderField } from './folder-field';

interface OpenProjectFormProps {
  readonly desktop: boolean;
  readonly onProject: (project: ProjectView) => void;
}

/** Opens an existing project: the system picker on the desktop, a typed folder path on the web. */
export function OpenProjectForm({ desktop, onProject }: OpenProjectFormProps) {
  const id = useId();
  const api = useApi();
  const { reportError } = useNotices();
  const [dir, setDir] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();

  async function open(folder: string) {
    setBusy(true);
    try {
      onProject(await api.invoke('project:open', { dir: folder }));
    } catch (caught) {
      reportError(caught);
      setBusy(false);
    }
  }

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
