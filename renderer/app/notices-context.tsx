import { createContext, useCallback, useContext, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { errorMessage } from '../api/envelope';
import { NoticeAreaProvider } from './notice-area';

/** A message shown to the checker: an error (role=alert) or a calm confirmation (role=status). */
export interface Notice {
  readonly id: number;
  readonly kind: 'error' | 'info';
  readonly message: string;
}

interface NoticesValue {
  readonly notices: readonly Notice[];
  /** Shows the one-sentence message of a thrown value as a dismissible alert. */
  readonly reportError: (error: unknown) => void;
  /** Shows a short confirmation that goes away by itself. */
  readonly notify: (message: string) => void;
  readonly dismiss: (id: number) => void;
  /** The pointer or the keyboard is on a notice: it stays until `release`. */
  readonly hold: (id: number) => void;
  /** Left again: a confirmation goes a short while later. */
  readonly release: (id: number) => void;
}

const NoticesContext = createContext<NoticesValue | null>(null);
const INFO_LIFETIME_MS = 6000;
/** How long a confirmation stays once the pointer or the focus has left it. */
const INFO_LINGER_MS = 3000;
const MAX_NOTICES = 4;

/** Holds the alerts and confirmations of the whole app. */
export function NoticesProvider({ children }: { readonly children: ReactNode }) {
  const [notices, setNotices] = useState<readonly Notice[]>([]);
  const nextId = useRef(1);
  /** The confirmations' timers, and those held (pointer or focus on them) with none running. */
  const timers = useRef(new Map<number, number>());
  const held = useRef(new Set<number>());

  const dismiss = useCallback((id: number) => {
    window.clearTimeout(timers.current.get(id));
    timers.current.delete(id);
    held.current.delete(id);
    setNotices((list) => list.filter((notice) => notice.id !== id));
  }, []);

  const expire = useCallback(
    (id: number, after: number) => {
      timers.current.set(
        id,
        window.setTimeout(() => dismiss(id), after),
      );
    },
    [dismiss],
  );

  const hold = useCallback((id: number) => {
    const timer = timers.current.get(id);
    if (timer === undefined) return;
    window.clearTimeout(timer);
    timers.current.delete(id);
    held.current.add(id);
  }, []);

  const release = useCallback(
    (id: number) => {
      if (held.current.delete(id)) expire(id, INFO_LINGER_MS);
    },
    [expire],
  );

  const push = useCallback(
    (kind: Notice['kind'], message: string) => {
      const id = nextId.current++;
      setNotices((list) => {
        // The same sentence twice in a row says nothing new; a confirmation is about the last thing
        // done, so it replaces the one before (which would otherwise seem to answer this action).
        const rest = list.filter(
          (notice) => notice.message !== message && !(kind === 'info' && notice.kind === 'info'),
        );
        return [...rest, { id, kind, message }].slice(-MAX_NOTICES);
      });
      if (kind === 'info') expire(id, INFO_LIFETIME_MS);
    },
    [expire],
  );

  const value = useMemo<NoticesValue>(
    () => ({
      notices,
      dismiss,
      hold,
      release,
      reportError: (error) => push('error', errorMessage(error)),
      notify: (message) => push('info', message),
    }),
    [notices, dismiss, hold, release, push],
  );
  return (
    <NoticesContext.Provider value={value}>
      <NoticeAreaProvider>{children}</NoticeAreaProvider>
    </NoticesContext.Provider>
  );
}

/** Alerts and confirmations: `reportError(e)`, `notify(text)`. */
export function useNotices(): NoticesValue {
  const value = useContext(NoticesContext);
  if (!value) throw new Error('useNotices needs a NoticesProvider above it.');
  return value;
}
