import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import { useApi } from '../api/api-context';
import { errorMessage } from '../api/envelope';
import { FormFailure } from '../dialogs/form-failure';
import { Modal } from '../dialogs/modal';
import { ModalActions } from '../dialogs/modal-actions';
import { TextField } from '../dialogs/text-field';

interface ArchiveFoldersDialogProps {
  readonly mode: 'desktop' | 'web';
  readonly onClose: () => void;
}

/**
 * The desk's archive folders for "Checked before": folders of earlier projects (or project folders)
 * read besides the recent projects. Kept in this computer's settings, never in a project. The desktop
 * app picks a folder in the system's dialog; the web workbench takes a typed path, checked by the server.
 */
export function ArchiveFoldersDialog({ mode, onClose }: ArchiveFoldersDialogProps) {
  const api = useApi();
  const [folders, setFolders] = useState<readonly string[] | null>(null);
  const [path, setPath] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    api.invoke('archives:list', {}).then(
      (list) => live && setFolders(list.folders),
      (error: unknown) => live && setFailure(errorMessage(error)),
    );
    return () => {
      live = false;
    };
  }, [api]);

  async function change(work: () => Promise<{ folders: readonly string[] }>) {
    setBusy(true);
    setFailure(null);
    try {
      setFolders((await work()).folders);
      return true;
    } catch (error) {
      setFailure(errorMessage(error));
      return false;
    } finally {
      setBusy(false);
    }
  }

  async function add(event: FormEvent) {
    event.preventDefault();
    if (!path.trim()) {
      setFailure('Type the path of a folder to add.');
      return;
    }
    if (await change(() => api.invoke('archives:add', { dir: path.trim() }))) setPath('');
  }

  async function choose() {
    setFailure(null);
    try {
      const dir = await api.invoke('dialog:chooseArchiveFolder', {});
      if (dir) await change(() => api.invoke('archives:add', { dir }));
    } catch (error) {
      setFailure(errorMessage(error));
    }
  }

  return (
    <Modal
      title="Archive folders"
      className="archive-dialog"
      description="“Checked before” looks in your recent projects and in these folders: a project folder, or a folder holding project folders. Kept on this computer only."
      onClose={onClose}
    >
      <form className="modal-body" onSubmit={(event) => void add(event)} noValidate>
        {folders === null && <p className="details-empty">Loading…</p>}
        {folders?.length === 0 && <p className="details-empty">No archive folders yet.</p>}
        {folders && folders.length > 0 && (
          <ul className="archive-list" aria-label="Archive folders">
            {folders.map((folder) => (
              <li key={folder}>
                <span className="archive-path">{folder}</span>
                <button
                  type="button"
                  className="button-quiet"
                  aria-label={`Remove archive folder ${folder}`}
                  disabled={busy}
                  onClick={() => void change(() => api.invoke('archives:remove', { dir: folder }))}
                >
                  Remove
                </button>
              </li>
            ))}
          </ul>
        )}
        {mode === 'desktop' ? (
          <button type="button" className="button" disabled={busy} onClick={() => void choose()}>
            Add folder…
          </button>
        ) : (
          <div className="archive-add">
            <TextField
              label="Folder to add"
              value={path}
              onChange={setPath}
              autoFocus
              hint="The full path on the computer running the workbench, e.g. /home/desk/Archive 2025"
            />
            <button type="submit" className="button" disabled={busy}>
              Add folder
            </button>
          </div>
        )}
        <FormFailure message={failure} />
        <ModalActions onCancel={onClose} cancelLabel="Close" />
      </form>
    </Modal>
  );
}
