import { useState, useSyncExternalStore } from 'react';

const NO_IDS: readonly string[] = [];

/**
 * The claims the table shows now, in the order it shows them (what j and k walk through). The claims
 * pane owns the filter and publishes here, so a filter keystroke renders the pane only: the rest of
 * the workbench reads the list when it needs it (a key, a click) or subscribes to one small figure.
 */
export class VisibleClaims {
  #ids: readonly string[] = NO_IDS;
  #arrangement: unknown = null;
  readonly #listeners = new Set<() => void>();

  /** Claim ids, in the order the table shows them. */
  get ids(): readonly string[] {
    return this.#ids;
  }

  /**
   * How the checker arranged the view (filter, sort, grouping, draft): the same value while they do not
   * change it, so a change of rows under the same value came from the claims (a mark, a sync, pages).
   */
  get arrangement(): unknown {
    return this.#arrangement;
  }

  publish(ids: readonly string[], arrangement: unknown = this.#arrangement): void {
    if (ids === this.#ids && arrangement === this.#arrangement) return;
    this.#ids = ids;
    this.#arrangement = arrangement;
    for (const listener of this.#listeners) listener();
  }

  /** Arrow, so it can be handed to useSyncExternalStore as is. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  indexOf(claimId: string | null): number {
    return claimId === null ? -1 : this.#ids.indexOf(claimId);
  }
}

/** One channel for the life of the component. */
export function useVisibleClaimsChannel(): VisibleClaims {
  const [channel] = useState(() => new VisibleClaims());
  return channel;
}

/** How many claims the table shows; re-renders the caller only when that number changes. */
export function useShownCount(visible: VisibleClaims): number {
  return useSyncExternalStore(visible.subscribe, () => visible.ids.length);
}
