import { useEffect, useId, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import '../styles/document-menu.css';

/** What a draft's actions menu offers. */
export type DocumentAction = 'rename' | 'remove';

const ITEMS: readonly { readonly action: DocumentAction; readonly label: string }[] = [
  { action: 'rename', label: 'Rename…' },
  { action: 'remove', label: 'Remove…' },
];

interface DocumentMenuProps {
  /** The draft's title: the button and the menu say which draft they act on. */
  readonly title: string;
  readonly onAction: (action: DocumentAction) => void;
  /**
   * In the Tab order: only the chosen draft's button is (so Tab walks the list one draft at a time);
   * the others open with a click, or once their draft is chosen.
   */
  readonly tabbable: boolean;
}

/**
 * A draft's actions in the documents list: a "⋯" button opening a menu (Rename…, Remove…), reached
 * by Tab right after the chosen draft. Enter,
 * Space or ↓ open it on its first item; ↑/↓, Home and End move; Escape or Tab close it and give focus
 * back to the button; a click elsewhere closes it.
 */
export function DocumentMenu({ title, onAction, tabbable }: DocumentMenuProps) {
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLUListElement>(null);

  useEffect(() => {
    if (!open) return;
    menuRef.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    const away = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!menuRef.current?.contains(target) && !buttonRef.current?.contains(target)) setOpen(false);
    };
    globalThis.document.addEventListener('pointerdown', away);
    return () => globalThis.document.removeEventListener('pointerdown', away);
  }, [open]);

  function close() {
    setOpen(false);
    buttonRef.current?.focus();
  }

  function onMenuKey(event: KeyboardEvent<HTMLUListElement>) {
    const items = [...(menuRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const at = items.indexOf(globalThis.document.activeElement as HTMLElement);
    const go = (index: number) => items[(index + items.length) % items.length]?.focus();
    // The workbench's own keys (j, k, Escape to the table) must not act while the menu is open.
    event.stopPropagation();
    if (event.key === 'Escape' || event.key === 'Tab') {
      event.preventDefault();
      close();
    } else if (event.key === 'ArrowDown') {
      event.preventDefault();
      go(at + 1);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      go(at - 1);
    } else if (event.key === 'Home') {
      event.preventDefault();
      go(0);
    } else if (event.key === 'End') {
      event.preventDefault();
      go(items.length - 1);
    }
  }

  return (
    <span className="doc-menu">
      <button
        ref={buttonRef}
        type="button"
        className="button-quiet doc-menu-button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-label={`Actions for ${title}`}
        tabIndex={tabbable ? undefined : -1}
        title="Rename or remove this draft"
        onClick={() => setOpen((was) => !was)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' && !open) {
            event.preventDefault();
            setOpen(true);
          }
        }}
      >
        <span aria-hidden="true">⋯</span>
      </button>
      {open && (
        <ul
          id={menuId}
          ref={menuRef}
          className="doc-menu-list"
          role="menu"
          aria-label={`Actions for ${title}`}
          onKeyDown={onMenuKey}
        >
          {ITEMS.map((item) => (
            <li key={item.action} role="none">
              <button
                type="button"
                role="menuitem"
                tabIndex={-1}
                className="doc-menu-item"
                onClick={() => {
                  setOpen(false);
                  onAction(item.action);
                }}
              >
                {item.label}
              </button>
            </li>
          ))}
        </ul>
      )}
    </span>
  );
}
