import { useState, useSyncExternalStore } from 'react';

/**
 * What the workbench says in its polite live region ("Marked verified."). Its own little channel, so
 * saying something renders the region and nothing else of the workbench.
 */
export class Announcer {
  #message = '';
  readonly #listeners = new Set<() => void>();

  get message(): string {
    return this.#message;
  }

  readonly say = (message: string): void => {
    this.#message = message;
    for (const listener of this.#listeners) listener();
  };

  readonly subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };
}

export function useAnnouncer(): Announcer {
  const [announcer] = useState(() => new Announcer());
  return announcer;
}

/** The live region itself. */
export function Announcements({ announcer }: { readonly announcer: Announcer }) {
  const message = useSyncExternalStore(announcer.subscribe, () => announcer.message);
  return (
    <p className="visually-hidden" aria-live="polite" role="status">
      {message}
    </p>
  );
}
