import { useCallback, useEffect, useRef, useState } from 'react';
import type { ErrorReply } from '../../shared/errors';
import type { DeskStatus } from '../../shared/ipc/desk';
import { useApi } from '../api/api-context';
import { errorReplyOf } from '../api/envelope';

/** What a share or sync came to: done, or the one-sentence failure. */
export type DeskOutcome = { readonly ok: true } | { readonly ok: false; readonly error: ErrorReply };

/**
 * The open project's sharing: its status, Share…, Sync now, and a sync on open when a remote and a
 * token are known. After a sync, `onSynced` reloads the claims through the normal path.
 */
export function useDesk(onSynced: () => Promise<void>) {
  const api = useApi();
  const [status, setStatus] = useState<DeskStatus | null>(null);
  const [syncing, setSyncing] = useState(false);
  const [failure, setFailure] = useState<ErrorReply | null>(null);
  const synced = useRef(onSynced);
  useEffect(() => {
    synced.current = onSynced;
  }, [onSynced]);

  const refresh = useCallback(async (): Promise<DeskStatus | null> => {
    try {
      const next = await api.invoke('desk:status', {});
      setStatus(next);
      return next;
    } catch {
      return null;
    }
  }, [api]);

  const run = useCallback(
    async (call: () => Promise<DeskStatus>): Promise<DeskOutcome> => {
      setSyncing(true);
      try {
        setStatus(await call());
        setFailure(null);
        await synced.current();
        return { ok: true };
      } catch (error) {
        const reply = errorReplyOf(error);
        setFailure(reply);
        await refresh();
        return { ok: false, error: reply };
      } finally {
        setSyncing(false);
      }
    },
    [refresh],
  );

  const sync = useCallback(() => run(() => api.invoke('desk:sync', {})), [api, run]);
  const share = useCallback(
    (remote: string, token: string, user: string) =>
      run(() => api.invoke('desk:share', { remote, token, ...(user.trim() ? { user } : {}) })),
    [api, run],
  );

  // On open: a shared project with a known token syncs at once.
  useEffect(() => {
    let live = true;
    api.invoke('desk:status', {}).then(
      (known) => {
        if (!live) return;
        setStatus(known);
        if (known.remote && known.hasToken) void sync();
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [api, sync]);

  return { status, syncing, failure, sync, share };
}

export type DeskController = ReturnType<typeof useDesk>;
