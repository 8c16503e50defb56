import { useId } from 'react';
import { useNow } from '../hooks/use-now';
import type { DeskController } from './use-desk';
import { syncState } from './sync-state';
import '../styles/desk.css';

interface SyncButtonProps {
  readonly desk: DeskController;
  readonly onShare: () => void;
  /** A sync the checker asked for failed: its sentence, shown as an alert. */
  readonly onFailed: (message: string) => void;
}

/**
 * The header's sync control: "Share…" for a project not yet shared, else the last sync ("Synced 2
 * minutes ago", "Offline", "Sync failed"), and a click syncs now (or asks for the token again).
 */
export function SyncButton({ desk, onShare, onFailed }: SyncButtonProps) {
  const now = useNow(30_000);
  const id = useId();
  const state = syncState(desk.status, desk.syncing, desk.failure, now);
  const click = () => {
    if (state.opensShare) {
      onShare();
      return;
    }
    void desk.sync().then((outcome) => {
      if (!outcome.ok) onFailed(outcome.error.message);
    });
  };
  return (
    <>
      <button
        type="button"
        className={`button-quiet sync-button sync-${state.kind}`}
        title={state.detail}
        aria-describedby={`${id}-detail`}
        aria-label={state.kind === 'unshared' ? undefined : `Sync now: ${state.text}`}
        disabled={desk.syncing}
        onClick={click}
        data-sync-state={state.kind}
      >
        <span className="sync-dot" aria-hidden="true" />
        <span className="sync-label">{state.text}</span>
      </button>
      {state.kind !== 'unshared' && (
        <button
          type="button"
          className="button-quiet button-icon"
          aria-label="Sharing settings"
          title="Share… (the repository and its token)"
          onClick={onShare}
        >
          ⋯
        </button>
      )}
      <span id={`${id}-detail`} className="visually-hidden" role="status">
        {state.detail}
      </span>
    </>
  );
}
