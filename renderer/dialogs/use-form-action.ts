import { useCallback, useState } from 'react';
import { errorMessage } from '../api/envelope';

/**
 * A form's one action (save, restore, add): `busy` while it runs, so its button says so and cannot be
 * pressed twice, and the sentence of its failure, shown with FormFailure, when it fails. A form that
 * closes on success needs nothing more; one that stays open shows what it did itself.
 */
export function useFormAction() {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const run = useCallback(async (action: () => Promise<unknown>) => {
    setBusy(true);
    setFailure(null);
    try {
      await action();
    } catch (error) {
      setFailure(errorMessage(error));
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, failure, setFailure, run };
}
