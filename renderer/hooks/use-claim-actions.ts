import { useCallback, useMemo, useRef } from 'react';
import type { ClaimStatus } from '../../shared/domain/enums';
import type { CitationInput } from '../../shared/ipc/citation-input';
import type { ImportedCitations } from '../../shared/ipc/citation-transfer';
import type { ReusedCitations } from '../../shared/ipc/checked-before';
import type { ClaimListRow } from '../../shared/ipc/claim-list-row';
import type { ClaimRow } from '../../shared/ipc/views';
import { useApi } from '../api/api-context';
import { useNotices } from '../app/notices-context';
import type { ClaimsStore } from '../claims/claims-store';

/** What the checker can do to a claim. Each resolves to the updated row, or null after an alert. */
export interface ClaimActions {
  readonly setStatus: (claimId: string, status: ClaimStatus) => Promise<ClaimRow | null>;
  readonly setNote: (claimId: string, note: string) => Promise<ClaimRow | null>;
  readonly setAssignee: (claimId: string, assignee: string) => Promise<ClaimRow | null>;
  /** Signs off the claim's verdict (someone else gave it), or takes the sign-off back. */
  readonly approve: (claimId: string) => Promise<ClaimRow | null>;
  readonly withdrawApproval: (claimId: string) => Promise<ClaimRow | null>;
  /** Ticks (or unticks) an item of the claim's checklist; shows at once. */
  readonly tick: (claimId: string, item: string, done: boolean) => Promise<ClaimRow | null>;
  /** Throws the backend's sentence instead of raising an alert, so the dialog can show it inline. */
  readonly addCitation: (claimId: string, citation: CitationInput) => Promise<ClaimRow>;
  readonly removeCitation: (claimId: string, citationId: string) => Promise<ClaimRow | null>;
  /**
   * There is no update channel: the new citation is added, then the old one removed (so nothing is
   * lost if the add is refused). Both are one step for undo. Throws like `addCitation`.
   */
  readonly editCitation: (claimId: string, citationId: string, citation: CitationInput) => Promise<ClaimRow>;
  /** Adds a references file's entries (.bib, .ris, CSL .json) to a claim; throws like `addCitation`. */
  readonly importCitations: (claimId: string, fileName: string, text: string) => Promise<ImportedCitations>;
  /** Adds copies of an earlier checked claim's citations ("Checked before"): one undo step; throws like `addCitation`. */
  readonly reuseCitations: (
    claimId: string,
    from: { readonly project: string; readonly claimId: string },
  ) => Promise<ReusedCitations>;
}

/** Told of each change the backend recorded for undo, so Undo is offered at once. */
export interface UndoRecorder {
  /** One more undo step on the backend (which keeps the words for it: core/claims/undo-labels.ts). */
  readonly recorded: () => void;
}

/**
 * Mutations that repaint at once: a status shows before the backend answers, then the row the
 * backend returns replaces it (or the old row comes back, with an alert, if it refused). When two
 * changes to one claim cross, only the answer to the latest one is applied.
 */
export function useClaimActions(store: ClaimsStore, recorder: UndoRecorder): ClaimActions {
  const api = useApi();
  const { reportError } = useNotices();
  const latest = useRef(new Map<string, number>());
  const counter = useRef(0);

  const run = useCallback(
    async (claimId: string, call: () => Promise<ClaimRow>, optimistic?: ClaimListRow): Promise<ClaimRow> => {
      const ticket = ++counter.current;
      latest.current.set(claimId, ticket);
      const before = store.get(claimId);
      const changedAt = store.changedAt(claimId);
      if (optimistic) store.replace(optimistic);
      try {
        const row = await call();
        if (latest.current.get(claimId) === ticket) store.replace(row);
        recorder.recorded();
        return row;
      } catch (error) {
        if (latest.current.get(claimId) === ticket && optimistic && before) store.putBack(before, changedAt);
        throw error;
      }
    },
    [store, recorder],
  );
  const reported = useCallback(
    (promise: Promise<ClaimRow>): Promise<ClaimRow | null> =>
      promise.catch((error: unknown) => {
        reportError(error);
        return null;
      }),
    [reportError],
  );

  return useMemo<ClaimActions>(
    () => ({
      setStatus: (claimId, status) => {
        const current = store.get(claimId);
        // A verdict settles competing verdicts (the backend says so too) and takes a sign-off back.
        const optimistic = current ? markedRow(current, status) : undefined;
        return reported(run(claimId, () => api.invoke('claim:setStatus', { claimId, status }), optimistic));
      },
      setNote: (claimId, note) =>
        reported(run(claimId, () => api.invoke('claim:setNote', { claimId, note }))),
      setAssignee: (claimId, assignee) =>
        reported(run(claimId, () => api.invoke('claim:setAssignee', { claimId, assignee }))),
      approve: (claimId) => reported(run(claimId, () => api.invoke('claim:approve', { claimId }))),
      withdrawApproval: (claimId) =>
        reported(run(claimId, () => api.invoke('claim:withdrawApproval', { claimId }))),
      tick: (claimId, item, done) => {
        const current = store.get(claimId);
        const ticks = (current?.ticks ?? []).filter((id) => id !== item);
        const optimistic = current ? { ...current, ticks: done ? [...ticks, item] : ticks } : undefined;
        return reported(run(claimId, () => api.invoke('claim:tick', { claimId, item, done }), optimistic));
      },
      addCitation: (claimId, citation) =>
        run(claimId, () => api.invoke('claim:addCitation', { claimId, citation })),
      removeCitation: (claimId, citationId) =>
        reported(run(claimId, () => api.invoke('claim:removeCitation', { claimId, citationId }))),
      editCitation: (claimId, citationId, citation) =>
        run(claimId, () => api.invoke('claim:updateCitation', { claimId, citationId, citation })),
      importCitations: async (claimId, fileName, text) => {
        let imported: ImportedCitations | undefined;
        await run(claimId, async () => {
          imported = await api.invoke('citations:import', { claimId, fileName, text });
          return imported.claim;
        });
        return imported!;
      },
      reuseCitations: async (claimId, from) => {
        let reused: ReusedCitations | undefined;
        await run(claimId, async () => {
          reused = await api.invoke('claim:reuseCitations', {
            claimId,
            from: { project: from.project, claimId: from.claimId },
          });
          return reused.claim;
        });
        return reused!;
      },
    }),
    [api, store, run, reported],
  );
}

/** A row as a new verdict leaves it: competing verdicts settled, the sign-off taken back. */
function markedRow(current: ClaimListRow, status: ClaimStatus): ClaimListRow {
  const { approval: _approval, ...rest } = current;
  return { ...rest, status, contested: (current.contested ?? []).filter((value) => !('status' in value)) };
}
