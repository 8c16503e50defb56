import { useState } from 'react';
import type { FormEvent } from 'react';
import type { DocumentEntry } from '../../shared/ipc/views';
import { useClaimStats } from '../claims/use-claims';
import { errorMessage } from '../api/envelope';
import { reasonLabel } from '../backups/backup-labels';
import { FormFailure } from '../dialogs/form-failure';
import { Modal } from '../dialogs/modal';
import { ModalActions } from '../dialogs/modal-actions';
import { TextField } from '../dialogs/text-field';
import { plural } from '../lib/format';
import { progressOf } from '../lib/status';

/** Which draft's dialog is open, renaming or removing it; null when none is. */
export type DocumentDialog = { readonly kind: 'rename' | 'remove'; readonly documentId: string } | null;

interface DocumentDialogsProps {
  readonly open: DocumentDialog;
  readonly documents: readonly DocumentEntry[];
  readonly onRename: (documentId: string, title: string) => Promise<void>;
  readonly onRemove: (documentId: string) => Promise<void>;
  readonly onClose: () => void;
}

/** The dialogs of a draft's actions menu: Rename and Remove (with its confirmation). */
export function DocumentDialogs({ open, documents, onRename, onRemove, onClose }: DocumentDialogsProps) {
  const document = open && documents.find((entry) => entry.id === open.documentId);
  if (!open || !document) return null;
  return open.kind === 'rename' ? (
    <RenameDialog document={document} onRename={onRename} onClose={onClose} />
  ) : (
    <RemoveDialog document={document} onRemove={onRemove} onClose={onClose} />
  );
}

/** Runs a dialog's action: busy while it runs, closed when it is done, its failure said in one sentence. */
function useAction(onClose: () => void) {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  async function run(action: () => Promise<void>) {
    setBusy(true);
    setFailure(null);
    try {
      await action();
      onClose();
    } catch (error) {
      setFailure(errorMessage(error));
      setBusy(false);
    }
  }
  return { busy, failure, run };
}

interface RenameProps {
  readonly document: DocumentEntry;
  readonly onRename: (documentId: string, title: string) => Promise<void>;
  readonly onClose: () => void;
}

function RenameDialog({ document, onRename, onClose }: RenameProps) {
  const [title, setTitle] = useState(document.title || document.fileName);
  const { busy, failure, run } = useAction(onClose);
  const empty = title.trim() === '';

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!empty) void run(() => onRename(document.id, title));
  }

  return (
    <Modal title="Rename draft" onClose={onClose}>
      <form className="modal-body" onSubmit={submit}>
        <TextField
          label="Title"
          value={title}
          onChange={setTitle}
          autoFocus
          hint={`From ${document.fileName}. The table, reports and ClaimReview use this title; Undo takes it back.`}
          error={empty ? 'A draft needs a title.' : undefined}
        />
        <FormFailure message={failure} />
        <ModalActions onCancel={onClose} action="Rename" busy={busy} busyAction="Renaming…" />
      </form>
    </Modal>
  );
}

interface RemoveProps {
  readonly document: DocumentEntry;
  readonly onRemove: (documentId: string) => Promise<void>;
  readonly onClose: () => void;
}

function RemoveDialog({ document, onRemove, onClose }: RemoveProps) {
  const { busy, failure, run } = useAction(onClose);
  // As the documents list counts it: the claims as they are now, marks made since opening included.
  const { checked, total: claimCount } = progressOf(useClaimStats(document.id).counts);
  const title = document.title || document.fileName;
  return (
    <Modal title="Remove draft" onClose={onClose}>
      <div className="modal-body">
        <p>
          Remove “{title}” and its {plural(claimCount, 'claim')}
          {checked > 0 ? ` (${checked} checked)` : ''} from this project?
        </p>
        <p className="field-hint">
          A backup is taken first (“{reasonLabel('before-remove')}” in Backups), and Undo puts the draft back
          with its claims, verdicts, citations and versions.
        </p>
        <FormFailure message={failure} />
        <ModalActions
          onCancel={onClose}
          action="Remove draft"
          onAction={() => void run(() => onRemove(document.id))}
          busy={busy}
          busyAction="Removing…"
        />
      </div>
    </Modal>
  );
}
