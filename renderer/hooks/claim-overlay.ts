import { createContext, useCallback, useContext, useSyncExternalStore } from 'react';
import type { ClaimRow } from '../../shared/ipc/views';

/**
 * The newest version of each claim a change touched, until the claims store has taken it in.
 *
 * The store's update (100,000 rows, counts, the filter) renders in a transition, after the frame. What
 * the checker looks at when marking — the claim's row and its details — reads the claim through this
 * overlay instead, so the mark shows in the next frame: each of them subscribes to its one claim.
 */
export class ClaimOverlay {
  readonly #rows = new Map<string, ClaimRow>();
  readonly #listeners = new Map<string, Set<() => void>>();

  /** The newest version of the claim, or undefined when the store's is the newest. */
  get(claimId: string): ClaimRow | undefined {
    return this.#rows.get(claimId);
  }

  /** Shows `row` at once wherever its claim is on screen. */
  show(row: ClaimRow): void {
    this.#rows.set(row.id, row);
    this.#notify(row.id);
  }

  /**
   * Drops what the store now holds: each entry for which `held` returns that same object. (An entry
   * the store does not hold yet, a later change in flight, stays.)
   */
  settle(held: (claimId: string) => ClaimRow | undefined): void {
    for (const [claimId, row] of this.#rows) {
      if (held(claimId) !== row) continue;
      this.#rows.delete(claimId);
      this.#notify(claimId);
    }
  }

  /** Forgets the claims a change took away. */
  forget(claimIds: readonly string[]): void {
    for (const claimId of claimIds) {
      if (this.#rows.delete(claimId)) this.#notify(claimId);
    }
  }

  /** Forgets every entry (a reload brought the whole list anew). */
  clear(): void {
    const ids = [...this.#rows.keys()];
    this.#rows.clear();
    for (const claimId of ids) this.#notify(claimId);
  }

  subscribe(claimId: string, listener: () => void): () => void {
    let listeners = this.#listeners.get(claimId);
    if (!listeners) this.#listeners.set(claimId, (listeners = new Set()));
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
      if (listeners.size === 0) this.#listeners.delete(claimId);
    };
  }

  #notify(claimId: string): void {
    for (const listener of this.#listeners.get(claimId) ?? []) listener();
  }
}

const NO_OVERLAY = new ClaimOverlay();

export const ClaimOverlayContext = createContext<ClaimOverlay>(NO_OVERLAY);

/** `claim` as it is now: the overlay's newer version while the store catches up, else `claim` itself. */
export function useLatestClaim<T extends ClaimRow | undefined>(claim: T): T {
  const overlay = useContext(ClaimOverlayContext);
  const claimId = claim?.id;
  const subscribe = useCallback(
    (listener: () => void) => (claimId === undefined ? () => {} : overlay.subscribe(claimId, listener)),
    [overlay, claimId],
  );
  return useSyncExternalStore(subscribe, () =>
    claimId === undefined ? claim : ((overlay.get(claimId) as T | undefined) ?? claim),
  );
}
