import type { EarlierVersionDetail } from '../../shared/errors';
import { Modal } from '../dialogs/modal';
import { formatDay } from '../lib/format';

interface EarlierVersionReviseDialogProps {
  readonly earlier: EarlierVersionDetail;
  /** Keeps the project as it is: nothing is loaded. Closing the dialog does the same. */
  readonly onKeep: () => void;
  /** Loads it all the same, as the newest version. */
  readonly onLoad: () => void;
}

/**
 * Load new version… with a draft whose text is an earlier version of the document: it says which
 * version it is and which the project has now. Keeping the project as it is is the focused answer;
 * loading it anyway, which would make the old text the newest, is there only as a deliberate choice.
 */
export function EarlierVersionReviseDialog({ earlier, onKeep, onLoad }: EarlierVersionReviseDialogProps) {
  const { file, title, version, currentVersion, currentSince } = earlier;
  return (
    <Modal
      title="Earlier version of a draft"
      description={`This is version ${version} of ‘${title}’; the project has version ${currentVersion} since ${formatDay(currentSince)}.`}
      onClose={onKeep}
    >
      <div className="modal-body">
        <p>
          {file} has the text of version {version}. Keeping the project as it is changes nothing.
        </p>
        <p className="field-hint">
          Loaded as a new version, it would become version {currentVersion + 1} with the old text: claims the
          later version settled would be reopened or moved, and the report would show the old text as the one
          checked.
        </p>
        <div className="modal-actions">
          <button type="button" className="button" onClick={onLoad}>
            Load it as a new version anyway
          </button>
          <button type="button" className="button-primary" data-autofocus onClick={onKeep}>
            Keep the project as it is
          </button>
        </div>
      </div>
    </Modal>
  );
}
