import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import type { CSSProperties } from 'react';
import { COLUMN_IDS, COLUMN_NAMES } from './claim-columns';

interface ColumnsMenuProps {
  /** Column ids in display order. */
  readonly order: readonly string[];
  readonly hidden: readonly string[];
  readonly onOrder: (order: readonly string[]) => void;
  readonly onHidden: (hidden: readonly string[]) => void;
  /** Shown columns the table has no room for at its width. */
  readonly withoutRoom: readonly string[];
  /** One draft: the Document column is left out. */
  readonly oneDocument: boolean;
  /** Puts every column back to its first width. */
  readonly onResetSizes: () => void;
}

/** "Columns": show or hide each column and move it left or right. Remembered per project. */
export function ColumnsMenu(props: ColumnsMenuProps) {
  const { order, hidden, onOrder, onHidden, withoutRoom, oneDocument } = props;
  const id = useId();
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const [place, setPlace] = useState<CSSProperties | undefined>(undefined);
  const ids = [
    ...order.filter((c) => COLUMN_IDS.includes(c)),
    ...COLUMN_IDS.filter((c) => !order.includes(c)),
  ];

  // The menu stays inside the window: below the button, or above it where there is more room, and
  // scrolling within itself when neither side holds it (a menu past the window's edge made the whole
  // window scroll, and its scrollbar took the table's width).
  useLayoutEffect(() => {
    if (!open || !ref.current || !buttonRef.current) {
      setPlace(undefined);
      return;
    }
    const button = buttonRef.current.getBoundingClientRect();
    const below = window.innerHeight - button.bottom - 12;
    const above = button.top - 12;
    const height = ref.current.scrollHeight;
    if (height <= below) setPlace(undefined);
    else if (above > below) setPlace({ top: 'auto', bottom: 'calc(100% + 4px)', maxHeight: above });
    else setPlace({ maxHeight: below });
  }, [open]);

  useEffect(() => {
    if (!open) return;
    // The first column is locked (its box disabled): focus the first box that can change.
    ref.current?.querySelector<HTMLElement>('input:not(:disabled)')?.focus();
    function away(event: PointerEvent) {
      if (!ref.current?.parentElement?.contains(event.target as Node)) setOpen(false);
    }
    document.addEventListener('pointerdown', away);
    return () => document.removeEventListener('pointerdown', away);
  }, [open]);

  function move(column: string, delta: -1 | 1) {
    const next = ids.slice();
    const at = next.indexOf(column);
    const to = at + delta;
    if (to < 0 || to >= next.length) return;
    [next[at], next[to]] = [next[to]!, next[at]!];
    onOrder(next);
  }

  return (
    <div
      className="columns-menu-wrap"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.stopPropagation();
          setOpen(false);
          buttonRef.current?.focus();
        }
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        className="button-quiet tool-button"
        aria-expanded={open}
        aria-controls={`${id}-menu`}
        onClick={() => setOpen((o) => !o)}
      >
        Columns
      </button>
      {open && (
        <div
          ref={ref}
          id={`${id}-menu`}
          className="columns-menu"
          role="group"
          aria-label="Columns"
          style={place}
        >
          <ul>
            {ids.map((column, index) => {
              const name = COLUMN_NAMES[column] ?? column;
              const locked = column === 'text';
              return (
                <li key={column}>
                  <label className="columns-menu-name">
                    <input
                      type="checkbox"
                      checked={locked || !hidden.includes(column)}
                      disabled={locked}
                      onChange={(event) =>
                        onHidden(
                          event.target.checked ? hidden.filter((h) => h !== column) : [...hidden, column],
                        )
                      }
                    />
                    {name}
                    {column === 'document' && oneDocument && (
                      <span className="columns-menu-note">one draft</span>
                    )}
                    {withoutRoom.includes(column) && <span className="columns-menu-note">no room</span>}
                  </label>
                  <button
                    type="button"
                    className="button-quiet button-icon"
                    aria-label={`Move ${name} left`}
                    disabled={index === 0}
                    onClick={() => move(column, -1)}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className="button-quiet button-icon"
                    aria-label={`Move ${name} right`}
                    disabled={index === ids.length - 1}
                    onClick={() => move(column, 1)}
                  >
                    ↓
                  </button>
                </li>
              );
            })}
          </ul>
          {withoutRoom.length > 0 && (
            <p className="columns-menu-hint">
              Columns marked “no room” come back in a wider window or pane, or when others are narrowed.
            </p>
          )}
          <button
            type="button"
            className="button-quiet columns-reset"
            onClick={() => {
              onOrder([]);
              onHidden([]);
              props.onResetSizes();
            }}
          >
            Reset columns
          </button>
        </div>
      )}
    </div>
  );
}
