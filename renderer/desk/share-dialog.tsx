import { useState } from 'react';
import type { FormEvent } from 'react';
import type { DeskStatus } from '../../shared/ipc/desk';
import { FormFailure } from '../dialogs/form-failure';
import { Modal } from '../dialogs/modal';
import { ModalActions } from '../dialogs/modal-actions';
import { TextField } from '../dialogs/text-field';
import type { DeskOutcome } from './use-desk';

interface ShareDialogProps {
  readonly status: DeskStatus | null;
  readonly onShare: (remote: string, token: string, user: string) => Promise<DeskOutcome>;
  readonly onClose: () => void;
  /** Told in one sentence that the project is shared and synced. */
  readonly onShared: (message: string) => void;
}

/** Where the token typed here is kept, in one sentence. */
function keptWhere(status: DeskStatus | null): string {
  if (status?.tokenNote) return status.tokenNote;
  return status?.tokenKept === 'keychain'
    ? 'The token is locked in this computer’s keychain; it is never written into the project.'
    : 'The token is kept only in this workbench’s memory until it stops; it is never written into the project.';
}

/**
 * Share…: the git repository to share the project through (an empty private one, or one holding this
 * project) and a personal access token for it; sharing syncs at once. A refusal is one sentence and
 * the dialog stays, with what was typed, so nothing is lost.
 */
export function ShareDialog({ status, onShare, onClose, onShared }: ShareDialogProps) {
  const [remote, setRemote] = useState(status?.remote ?? '');
  const [token, setToken] = useState('');
  const [user, setUser] = useState('');
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const remoteError = remote.trim() ? undefined : 'Give the address of the git repository.';
  const tokenError = token.trim() ? undefined : 'Give a personal access token for it.';

  async function submit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    if (remoteError || tokenError) return;
    setBusy(true);
    setFailure(null);
    const outcome = await onShare(remote.trim(), token.trim(), user.trim());
    setBusy(false);
    if (!outcome.ok) {
      setFailure(outcome.error.message);
      return;
    }
    onShared(`Shared and synced with ${new URL(remote.trim()).host}.`);
    onClose();
  }

  return (
    <Modal
      title="Share project"
      className="share-dialog"
      description="Checkers share a project through a private git repository (Gitea, GitLab, GitHub): each works on a copy and syncs when they can."
      onClose={onClose}
    >
      <form className="modal-body" onSubmit={(event) => void submit(event)} noValidate>
        <TextField
          label="Repository URL"
          type="url"
          value={remote}
          onChange={setRemote}
          autoFocus={!status?.remote}
          error={tried ? remoteError : undefined}
          hint="An empty private repository, or the one this project is already shared through, e.g. https://git.example.org/desk/belarus.git"
        />
        <TextField
          label="Access token"
          type="password"
          value={token}
          onChange={setToken}
          autoFocus={Boolean(status?.remote)}
          error={tried ? tokenError : undefined}
          hint={keptWhere(status)}
        />
        <TextField
          label="User name (if your git host asks for one)"
          value={user}
          onChange={setUser}
          hint="Gitea and GitLab check the account name with a token; GitHub does not."
        />
        <FormFailure message={failure} />
        <ModalActions onCancel={onClose} action="Share and sync" busy={busy} busyAction="Syncing…" />
      </form>
    </Modal>
  );
}
