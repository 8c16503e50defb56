import { useState } from 'react';
import type { DuplicateDraft, EarlierVersionDraft } from '../../shared/ipc/views';
import { errorMessage } from '../api/envelope';
import { FormFailure } from '../dialogs/form-failure';
import { Modal } from '../dialogs/modal';
import { EarlierVersionDialog } from '../revisions/earlier-version-dialog';

/** The checker's answer for a draft the project already has. */
export type DuplicateChoice = 'version' | 'skip' | 'import';

interface DuplicateDraftDialogProps {
  readonly duplicate: DuplicateDraft;
  /** How many more held drafts wait after this one. */
  readonly more: number;
  readonly onChoose: (choice: DuplicateChoice) => Promise<void>;
}

/** The checker's choice on its way: busy while it runs, its failure shown in the dialog. */
function useChoice(onChoose: DuplicateDraftDialogProps['onChoose']) {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  async function choose(choice: DuplicateChoice) {
    setBusy(true);
    setFailure(null);
    try {
      await onChoose(choice);
    } catch (error) {
      setFailure(errorMessage(error));
      setBusy(false);
    }
  }
  return { busy, failure, choose };
}

/**
 * Asks what to do with a draft an import held back because the project has it already (the same
 * text, or the same file name with other text): add it as a new version of that draft, skip it, or
 * import it anyway as a draft of its own. Closing the dialog skips it. A draft with the text of an
 * earlier version has the earlier version's dialog (revisions/earlier-version-dialog.tsx).
 */
export function DuplicateDraftDialog({ duplicate, more, onChoose }: DuplicateDraftDialogProps) {
  return duplicate.reason === 'earlier-version' ? (
    <EarlierVersionImportDialog duplicate={duplicate} more={more} onChoose={onChoose} />
  ) : (
    <RepeatedDraftDialog duplicate={duplicate} more={more} onChoose={onChoose} />
  );
}

function RepeatedDraftDialog({ duplicate, more, onChoose }: DuplicateDraftDialogProps) {
  const { busy, failure, choose } = useChoice(onChoose);
  const why =
    duplicate.reason === 'same-text'
      ? 'It has the same text.'
      : 'It has the same file name, with other text: most likely a new version.';
  return (
    <Modal title="Draft already in this project" onClose={() => void choose('skip')}>
      <div className="modal-body">
        <p>
          {duplicate.file} is already in the project as “{duplicate.title}”. {why}
        </p>
        <p className="field-hint">
          As a new version, its claims keep their verdicts where the text is unchanged and are flagged for a
          re-check where it changed.
        </p>
        {more > 0 && <p className="field-hint">{waiting(more)} after this one.</p>}
        <FormFailure message={failure} />
        <div className="modal-actions">
          <button type="button" className="button" disabled={busy} onClick={() => void choose('skip')}>
            Skip
          </button>
          <button type="button" className="button" disabled={busy} onClick={() => void choose('import')}>
            Import anyway
          </button>
          <button
            type="button"
            className="button-primary"
            disabled={busy}
            data-autofocus
            onClick={() => void choose('version')}
          >
            Add as a new version
          </button>
        </div>
      </div>
    </Modal>
  );
}

/** An old copy of a revised draft: the earlier version's dialog, with the import's waiting drafts. */
function EarlierVersionImportDialog({
  duplicate,
  more,
  onChoose,
}: DuplicateDraftDialogProps & { readonly duplicate: EarlierVersionDraft }) {
  const { busy, failure, choose } = useChoice(onChoose);
  return (
    <EarlierVersionDialog
      earlier={duplicate}
      by="import"
      busy={busy}
      onKeep={() => void choose('skip')}
      onAdd={() => void choose('version')}
    >
      {more > 0 && <p className="field-hint">{waiting(more)} after this one.</p>}
      <FormFailure message={failure} />
    </EarlierVersionDialog>
  );
}

function waiting(count: number): string {
  return count === 1 ? 'One more waits' : `${count} more wait`;
}
