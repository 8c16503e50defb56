import { useCallback, useMemo } from 'react';
import type { ClaimKind } from '../../shared/domain/enums';
import type { ClaimChanges } from '../../shared/ipc/views';
import { useApi } from '../api/api-context';
import { useNotices } from '../app/notices-context';
import type { UndoRecorder } from './use-claim-actions';
import type { ClaimsStore } from '../claims/claims-store';

/** Edits that add, remove or reshape claims. Each resolves to what changed, or null after an alert. */
export interface ClaimEdits {
  readonly addClaim: (
    documentId: string,
    start: number,
    end: number,
    kind: ClaimKind,
  ) => Promise<ClaimChanges | null>;
  readonly dismiss: (claimId: string) => Promise<ClaimChanges | null>;
  readonly merge: (claimIds: readonly string[]) => Promise<ClaimChanges | null>;
  /** `at` is an offset into the document's text, inside the claim. */
  readonly split: (claimId: string, at: number) => Promise<ClaimChanges | null>;
  readonly reextract: (documentId: string) => Promise<ClaimChanges | null>;
  /** Says which language the draft is in and finds its claims again in it. */
  readonly setLanguage: (documentId: string, language: string) => Promise<ClaimChanges | null>;
  /** Sets the draft's publication date (null: none) and reads its claims' dates again against it. */
  readonly setDate: (documentId: string, date: string | null) => Promise<ClaimChanges | null>;
}

/** The structural edits, applied to the store from the `ClaimChanges` each returns. */
export function useClaimEdits(store: ClaimsStore, recorder: UndoRecorder): ClaimEdits {
  const api = useApi();
  const { reportError } = useNotices();

  const run = useCallback(
    async (call: () => Promise<ClaimChanges>): Promise<ClaimChanges | null> => {
      try {
        const changes = await call();
        store.apply(changes);
        if (changes.updated.length > 0 || changes.removed.length > 0) recorder.recorded();
        return changes;
      } catch (error) {
        reportError(error);
        return null;
      }
    },
    [store, recorder, reportError],
  );

  return useMemo<ClaimEdits>(
    () => ({
      addClaim: (documentId, start, end, kind) =>
        run(() => api.invoke('claim:add', { documentId, start, end, kind })),
      dismiss: (claimId) => run(() => api.invoke('claim:dismiss', { claimId })),
      merge: (claimIds) => run(() => api.invoke('claims:merge', { claimIds: [...claimIds] })),
      split: (claimId, at) => run(() => api.invoke('claim:split', { claimId, at })),
      reextract: (documentId) => run(() => api.invoke('document:reextract', { documentId })),
      setLanguage: (documentId, language) =>
        run(() => api.invoke('document:setLanguage', { documentId, language })),
      setDate: (documentId, date) =>
        run(async () => {
          const result = await api.invoke('document:setDate', { documentId, date });
          return result.changes;
        }),
    }),
    [api, run],
  );
}
