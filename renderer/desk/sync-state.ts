import type { ErrorReply } from '../../shared/errors';
import type { DeskStatus } from '../../shared/ipc/desk';
import { formatRelative } from '../lib/format';

/** What the header's sync control shows and does. */
export interface SyncState {
  readonly kind: 'unshared' | 'needs-token' | 'syncing' | 'offline' | 'failed' | 'synced' | 'never';
  /** The button's visible text. */
  readonly text: string;
  /** One sentence on the state (the button's description and tooltip). */
  readonly detail: string;
  /** A click opens Share… (no remote, no token, a refused token) instead of syncing. */
  readonly opensShare: boolean;
}

/** The failure to show: this page's last, else the last the services remember for the project. */
export function lastFailure(status: DeskStatus | null, failure: ErrorReply | null): ErrorReply | null {
  if (failure) return failure;
  const last = status?.last;
  return last && !last.ok ? { code: last.code, message: last.message } : null;
}

/** The sync control's state, from the desk's status, a sync running, the last failure and the time. */
export function syncState(
  status: DeskStatus | null,
  syncing: boolean,
  failure: ErrorReply | null,
  now: number,
): SyncState {
  if (!status?.remote) {
    return {
      kind: 'unshared',
      text: 'Share…',
      detail: 'Share this project with the desk through a git repository.',
      opensShare: true,
    };
  }
  const host = hostOf(status.remote);
  const synced = status.lastSync ? `Last synced ${formatRelative(status.lastSync, now)}` : 'Never synced';
  if (syncing) {
    return { kind: 'syncing', text: 'Syncing…', detail: `Syncing with ${host}.`, opensShare: false };
  }
  const failed = lastFailure(status, failure);
  if (failed) {
    const offline = /could not reach|connection .* broke/i.test(failed.message);
    return {
      kind: offline ? 'offline' : 'failed',
      text: offline ? 'Offline' : 'Sync failed',
      detail: `${failed.message} ${synced}.`,
      opensShare: /token is missing or wrong/.test(failed.message),
    };
  }
  if (!status.hasToken) {
    return {
      kind: 'needs-token',
      text: 'Token needed',
      detail: `Give the token for ${host} in Share… to sync. ${synced}.`,
      opensShare: true,
    };
  }
  if (!status.lastSync) {
    return { kind: 'never', text: 'Sync', detail: `Not synced with ${host} yet.`, opensShare: false };
  }
  return {
    kind: 'synced',
    text: `Synced ${shortAgo(status.lastSync, now)}`,
    detail: `Shared with ${host}; sync now to send and receive changes.`,
    opensShare: false,
  };
}

/** "just now", "2 min ago", "3 h ago", "2 d ago": short enough for the header at any width. */
export function shortAgo(iso: string, now: number): string {
  const minutes = Math.floor((now - new Date(iso).getTime()) / 60_000);
  if (!Number.isFinite(minutes) || minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} min ago`;
  if (minutes < 48 * 60) return `${Math.floor(minutes / 60)} h ago`;
  return `${Math.floor(minutes / (24 * 60))} d ago`;
}

function hostOf(remote: string): string {
  try {
    return new URL(remote).host;
  } catch {
    return remote;
  }
}
