import type { ReactNode } from 'react';
import { Modal } from '../dialogs/modal';
import { formatDay } from '../lib/format';

/** Which earlier version a draft's text is, and which version the project has now (and since when). */
export interface EarlierVersionFacts {
  readonly file: string;
  readonly title: string;
  readonly version: number;
  readonly currentVersion: number;
  readonly currentSince: string;
}

interface EarlierVersionDialogProps {
  readonly earlier: EarlierVersionFacts;
  /** How the draft came: an import adds it, Load new version… loads it. */
  readonly by: 'import' | 'load';
  /** Keeps the project as it is: nothing is added. Closing the dialog does the same. */
  readonly onKeep: () => void;
  /** Adds it all the same, as the newest version. */
  readonly onAdd: () => void;
  /** While the choice is on its way (the buttons wait). */
  readonly busy?: boolean;
  /** What else the dialog says under its text: drafts waiting after this one, a failure. */
  readonly children?: ReactNode;
}

/**
 * A draft whose text is an earlier version of a document in the project, from an import or Load new
 * version…: it says which version it is and which the project has now. Keeping the project as it is
 * is the focused answer; adding it anyway, which would make the old text the newest, is there only as
 * a deliberate choice.
 */
export function EarlierVersionDialog({
  earlier,
  by,
  onKeep,
  onAdd,
  busy = false,
  children,
}: EarlierVersionDialogProps) {
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
          {by === 'import' ? 'Added' : 'Loaded'} as a new version, it would become version{' '}
          {currentVersion + 1} with the old text: claims the later version settled would be reopened or moved,
          and the report would show the old text as the one checked.
        </p>
        {children}
        <div className="modal-actions">
          <button type="button" className="button" disabled={busy} onClick={onAdd}>
            {by === 'import' ? 'Add as a new version anyway' : 'Load it as a new version anyway'}
          </button>
          <button type="button" className="button-primary" disabled={busy} data-autofocus onClick={onKeep}>
            Keep the project as it is
          </button>
        </div>
      </div>
    </Modal>
  );
}
