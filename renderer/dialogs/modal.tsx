import { useEffect, useId, useRef } from 'react';
import type { KeyboardEvent, ReactNode } from 'react';
import { claimsTableElement, focusIsNowhere } from '../table/claims-table-focus';
import '../styles/dialog.css';

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), textarea:not([disabled]), select:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * Focus back to what opened the dialog; if that is gone, hidden or was the page itself, to `after`
 * once React has drawn what the dialog was hiding (the workbench behind a first question), unless
 * something has taken focus by then (the next dialog, a field the dialog's action focused).
 */
function returnFocus(previous: HTMLElement | null, after: () => HTMLElement | null): void {
  if (previous?.isConnected && previous !== document.body) {
    previous.focus();
    if (document.activeElement === previous) return;
  }
  requestAnimationFrame(() => {
    if (focusIsNowhere()) after()?.focus();
  });
}

interface ModalProps {
  readonly title: string;
  readonly onClose: () => void;
  readonly children: ReactNode;
  readonly className?: string;
  readonly description?: string;
  /** False for a question that must be answered (first use): no ✕, and Escape does not close it. */
  readonly dismissible?: boolean;
  /**
   * Where focus goes on closing when it came from nowhere (the page itself) or from what is gone or
   * hidden since: the claims table unless given (nothing on the start screen, which has none).
   */
  readonly focusAfter?: () => HTMLElement | null;
}

/**
 * A modal `<dialog>`: the rest of the window is inert, Tab stays inside, Escape closes, and focus
 * returns where it was. The first element marked `data-autofocus` (or the first field) gets focus.
 */
export function Modal({
  title,
  onClose,
  children,
  className,
  description,
  dismissible = true,
  focusAfter,
}: ModalProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  const onCloseRef = useRef(onClose);
  const focusAfterRef = useRef(focusAfter);
  useEffect(() => {
    onCloseRef.current = onClose;
    focusAfterRef.current = focusAfter;
  }, [onClose, focusAfter]);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    const first =
      dialog.querySelector<HTMLElement>('[data-autofocus]') ?? dialog.querySelector<HTMLElement>(FOCUSABLE);
    first?.focus();
    return () => {
      if (dialog.open) dialog.close();
      returnFocus(previous, focusAfterRef.current ?? claimsTableElement);
    };
  }, []);

  function trapTab(event: KeyboardEvent<HTMLDialogElement>) {
    if (event.key !== 'Tab' || !ref.current) return;
    const items = [...ref.current.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
      (element) => element.offsetParent !== null || element === document.activeElement,
    );
    if (items.length === 0) return;
    const first = items[0]!;
    const last = items[items.length - 1]!;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  }

  return (
    <dialog
      ref={ref}
      className={className ? `modal ${className}` : 'modal'}
      aria-labelledby={`${id}-title`}
      aria-describedby={description ? `${id}-description` : undefined}
      aria-modal="true"
      onCancel={(event) => {
        event.preventDefault();
        if (dismissible) onCloseRef.current();
      }}
      onKeyDown={trapTab}
    >
      <div className="modal-head">
        <h2 id={`${id}-title`} className="modal-title">
          {title}
        </h2>
        {dismissible && (
          <button type="button" className="button-quiet modal-close" aria-label="Close" onClick={onClose}>
            ✕
          </button>
        )}
      </div>
      {description && (
        <p id={`${id}-description`} className="modal-description">
          {description}
        </p>
      )}
      {children}
    </dialog>
  );
}
