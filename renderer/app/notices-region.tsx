import { useLayoutEffect, useRef } from 'react';
import type { FocusEvent, RefObject } from 'react';
import { useNotices } from './notices-context';
import { useNoticeAreaStore } from './notice-area';
import '../styles/notices.css';

/**
 * One notice with its icon and a Dismiss button; errors are alerts. While the pointer or the focus is
 * on it, it stays; dismissed, the focus goes back where it was before.
 */
function NoticeItem(props: {
  readonly kind: 'info' | 'error';
  readonly message: string;
  readonly onDismiss: () => void;
  readonly onHold: () => void;
  readonly onRelease: () => void;
}) {
  const cameFrom = useRef<HTMLElement | null>(null);
  const onFocus = (event: FocusEvent<HTMLDivElement>) => {
    const from = event.relatedTarget;
    if (from instanceof HTMLElement && !event.currentTarget.contains(from)) cameFrom.current = from;
    props.onHold();
  };
  const onBlur = (event: FocusEvent<HTMLDivElement>) => {
    if (event.currentTarget.contains(event.relatedTarget as Node | null)) return;
    props.onRelease();
  };
  return (
    <div
      className={`notice notice-${props.kind}`}
      role={props.kind === 'error' ? 'alert' : undefined}
      onPointerEnter={props.onHold}
      onPointerLeave={props.onRelease}
      onFocus={onFocus}
      onBlur={onBlur}
    >
      <span className="notice-icon" aria-hidden="true">
        {props.kind === 'error' ? '!' : '✓'}
      </span>
      <p className="notice-text">{props.message}</p>
      <button
        type="button"
        className="button-quiet notice-close"
        onClick={() => {
          const back = cameFrom.current;
          props.onDismiss();
          if (back?.isConnected) back.focus();
        }}
      >
        Dismiss
      </button>
    </div>
  );
}

/**
 * Publishes where the notices are drawn while any shows (null while none does), followed as they
 * stack up and as the window changes size: the claims table keeps its rows clear of them.
 */
function usePublishedArea(ref: RefObject<HTMLElement | null>, showing: boolean) {
  const store = useNoticeAreaStore();
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || !showing) {
      store.set(null);
      return;
    }
    const measure = () => {
      const box = element.getBoundingClientRect();
      store.set({ top: Math.floor(box.top), left: Math.floor(box.left), right: Math.ceil(box.right) });
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    window.addEventListener('resize', measure);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', measure);
      store.set(null);
    };
  }, [ref, showing, store]);
}

/**
 * The alerts and confirmations, stacked calmly at the bottom left (notices.css: never over the claim
 * panel); each can be dismissed. Where they are is published for the claims table (notice-area.tsx).
 */
export function NoticesRegion() {
  const { notices, dismiss, hold, release } = useNotices();
  const ref = useRef<HTMLDivElement>(null);
  usePublishedArea(ref, notices.length > 0);
  const list = (kind: 'info' | 'error') =>
    notices
      .filter((notice) => notice.kind === kind)
      .map((notice) => (
        <NoticeItem
          key={notice.id}
          kind={kind}
          message={notice.message}
          onDismiss={() => dismiss(notice.id)}
          onHold={() => hold(notice.id)}
          onRelease={() => release(notice.id)}
        />
      ));
  return (
    <div className="notices" ref={ref}>
      <div className="notices-list" role="status" aria-live="polite">
        {list('info')}
      </div>
      <div className="notices-list">{list('error')}</div>
    </div>
  );
}
