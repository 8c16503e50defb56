import { useState } from 'react';
import type { ProjectView } from '../../shared/ipc/views';
import { useApi } from '../api/api-context';
import { FormFailure } from '../dialogs/form-failure';
import { useFormAction } from '../dialogs/use-form-action';
import { Modal } from '../dialogs/modal';
import { ModalActions } from '../dialogs/modal-actions';
import { TextField } from '../dialogs/text-field';
import { SettingsHistory } from './settings-history';

interface RenameProjectDialogProps {
  readonly title: string;
  readonly onSaved: (project: ProjectView) => void;
  readonly onClose: () => void;
}

/** Renames the project (`project:setTitle`); a shared project's rename reaches the other copies at their next sync. */
export function RenameProjectDialog({ title, onSaved, onClose }: RenameProjectDialogProps) {
  const api = useApi();
  const [text, setText] = useState(title);
  const { busy, failure, setFailure, run } = useFormAction();
  async function save() {
    if (text.trim() === '') {
      setFailure('Give the project a title.');
      return;
    }
    await run(async () => onSaved(await api.invoke('project:setTitle', { title: text })));
  }
  return (
    <Modal
      title="Rename project"
      description="The title heads the workbench and every report; on a shared project the other copies take it at their next sync."
      onClose={onClose}
    >
      <form
        className="modal-body"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <TextField label="Project title" value={text} onChange={setText} autoFocus />
        <SettingsHistory field="title" />
        <FormFailure message={failure} />
        <ModalActions onCancel={onClose} action="Save title" busy={busy} busyAction="Saving…" />
      </form>
    </Modal>
  );
}
