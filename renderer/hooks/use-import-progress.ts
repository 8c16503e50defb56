import { useEffect, useState } from 'react';
import type { ImportProgress } from '../../shared/ipc/views';
import { useApi } from '../api/api-context';

const POLL_MS = 400;

/** How far a running import is, polled from `documents:importProgress` while `active`. */
export function useImportProgress(active: boolean): ImportProgress | null {
  const api = useApi();
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  useEffect(() => {
    if (!active) return;
    let live = true;
    const timer = window.setInterval(() => {
      api.invoke('documents:importProgress', {}).then(
        (value) => live && setProgress(value),
        () => undefined, // Progress is a nicety: the import itself reports its errors.
      );
    }, POLL_MS);
    return () => {
      live = false;
      window.clearInterval(timer);
    };
  }, [api, active]);
  return active ? progress : null;
}
