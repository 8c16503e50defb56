import { useState, useSyncExternalStore } from 'react';
import type { Row } from '@tanstack/react-table';
import type { ClaimRow } from '../../shared/ipc/views';

const NO_ROWS: readonly Row<ClaimRow>[] = [];

/**
 * The claims the table shows now, in the order it shows them (what j and k walk through). The claims
 * pane owns the filter and publishes here, so a filter keystroke renders the pane only: the rest of
 * the workbench reads the list when it needs it (a key, a click) or subscribes to one small figure.
 */
export class VisibleClaims {
  #rows: readonly Row<ClaimRow>[] = NO_ROWS;
  readonly #listeners = new Set<() => void>();

  get rows(): readonly Row<ClaimRow>[] {
    return this.#rows;
  }

  publish(rows: readonly Row<ClaimRow>[]): void {
    if (rows === this.#rows) return;
    this.#rows = rows;
    for (const listener of this.#listeners) listener();
  }

  /** Arrow, so it can be handed to useSyncExternalStore as is. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  indexOf(claimId: string | null): number {
    return claimId === null ? -1 : this.#rows.findIndex((row) => row.id === claimId);
  }
}

/** One channel for the life of the component. */
export function useVisibleClaimsChannel(): VisibleClaims {
  const [channel] = useState(() => new VisibleClaims());
  return channel;
}

/** How many claims the table shows; re-renders the caller only when that number changes. */
export function useShownCount(visible: VisibleClaims): number {
  return useSyncExternalStore(visible.subscribe, () => visible.rows.length);
}
