import { createContext, useContext, useState, useSyncExternalStore } from 'react';
import type { ReactNode } from 'react';

/** Where the notices are drawn, in viewport pixels, while any shows. */
export interface NoticeArea {
  readonly top: number;
  readonly left: number;
  readonly right: number;
}

/** The notices' region publishes its place here; the claims table reads it to keep rows clear of it. */
export interface NoticeAreaStore {
  readonly get: () => NoticeArea | null;
  readonly set: (area: NoticeArea | null) => void;
  readonly subscribe: (listener: () => void) => () => void;
}

function createNoticeAreaStore(): NoticeAreaStore {
  let area: NoticeArea | null = null;
  const listeners = new Set<() => void>();
  return {
    get: () => area,
    set: (next) => {
      const same =
        next === area ||
        (next !== null &&
          area !== null &&
          next.top === area.top &&
          next.left === area.left &&
          next.right === area.right);
      if (same) return;
      area = next;
      for (const listener of listeners) listener();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

const NoticeAreaContext = createContext<NoticeAreaStore | null>(null);

/** Holds where the notices are (apart from the notices themselves, so a notice renders no table). */
export function NoticeAreaProvider({ children }: { readonly children: ReactNode }) {
  const [store] = useState(createNoticeAreaStore);
  return <NoticeAreaContext.Provider value={store}>{children}</NoticeAreaContext.Provider>;
}

/** The store the notices' region writes its place to. */
export function useNoticeAreaStore(): NoticeAreaStore {
  const store = useContext(NoticeAreaContext);
  if (!store) throw new Error('useNoticeAreaStore needs a NoticeAreaProvider above it.');
  return store;
}

/** Where the notices are drawn, or null while none shows (or outside the provider, in a test). */
export function useNoticeArea(): NoticeArea | null {
  const store = useContext(NoticeAreaContext);
  return useSyncExternalStore(store?.subscribe ?? noSubscription, store?.get ?? noArea);
}

const noSubscription = () => () => undefined;
const noArea = () => null;
