import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import type { ProjectView } from '../../shared/ipc/views';
import { useApi } from '../api/api-context';
import { useNotices } from '../app/notices-context';
import { MIN_PASSPHRASE_LENGTH } from '../../shared/ipc/open-refusals';
import { FolderField } from './folder-field';
import { EncryptionFields, NO_ENCRYPTION, passphraseErrors } from './encryption-fields';

interface NewProjectFormProps {
  readonly canBrowse: boolean;
  readonly onProject: (project: ProjectView) => void;
}

/** Title and folder of a new project; creating it opens it. */
export function NewProjectForm({ canBrowse, onProject }: NewProjectFormProps) {
  const id = useId();
  const api = useApi();
  const { reportError } = useNotices();
  const [title, setTitle] = useState('');
  const [dir, setDir] = useState('');
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<{
    title?: string;
    dir?: string;
    passphrase?: string;
    repeat?: string;
  }>({});
  const [encryption, setEncryption] = useState(NO_ENCRYPTION);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = {
      title: title.trim() ? undefined : 'Give the project a title.',
      dir: dir.trim() ? undefined : 'Choose or type the folder to keep the project in.',
      ...passphraseErrors(encryption, MIN_PASSPHRASE_LENGTH),
    };
    setErrors(found);
    if (found.title || found.dir || found.passphrase || found.repeat) return;
    setBusy(true);
    try {
      const args = { dir: dir.trim(), title: title.trim() };
      const { encrypt, passphrase } = encryption;
      const project = await api.invoke('project:create', encrypt ? { ...args, passphrase } : args);
      // The passphrase leaves the page's memory once the project is made.
      setEncryption(NO_ENCRYPTION);
      onProject(project);
    } catch (caught) {
      reportError(caught);
      setBusy(false);
    }
  }

  return (
    <form
      className="start-form"
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-labelledby={`${id}-h`}
    >
      <h2 id={`${id}-h`}>New project</h2>
      <div className="field">
        <label htmlFor={`${id}-title`}>Title</label>
        <input
          id={`${id}-title`}
          className="input"
          type="text"
          value={title}
          onChange={(event) => setTitle(event.target.value)}
          placeholder="e.g. Belarus deployment, February 2022"
          aria-invalid={errors.title ? true : undefined}
          aria-describedby={errors.title ? `${id}-title-error` : undefined}
        />
        {errors.title && (
          <p id={`${id}-title-error`} className="field-error">
            {errors.title}
          </p>
        )}
      </div>
      <FolderField
        label="Folder"
        hint="Factdesk keeps the project as plain files in this folder."
        value={dir}
        onChange={setDir}
        canBrowse={canBrowse}
        purpose="create"
        placeholder="/home/you/Fact-checks/belarus-2022"
        error={errors.dir}
      />
      <EncryptionFields value={encryption} onChange={setEncryption} errors={errors} />
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={busy}>
          {busy ? 'Creating…' : 'Create project'}
        </button>
      </div>
    </form>
  );
}
