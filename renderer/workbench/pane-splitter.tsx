import { useRef } from 'react';
import type { KeyboardEvent, PointerEvent } from 'react';

interface PaneSplitterProps {
  readonly label: string;
  /** 'vertical' splits side by side (drag left/right); 'horizontal' splits top from bottom. */
  readonly orientation: 'vertical' | 'horizontal';
  readonly value: number;
  readonly min: number;
  readonly max: number;
  /** How far one arrow key press moves it. */
  readonly step: number;
  /** Pixels of pointer movement → change of value (negative when dragging right shrinks the pane). */
  readonly perPixel: number;
  readonly onChange: (value: number) => void;
  /** Shown to assistive tech as aria-valuetext. */
  readonly valueText?: string;
}

/**
 * A keyboard-accessible splitter (role=separator with aria-valuenow): drag it, or focus it and use
 * the arrow keys (Shift for bigger steps), Home and End.
 */
export function PaneSplitter(props: PaneSplitterProps) {
  const { label, orientation, value, min, max, step, perPixel, onChange } = props;
  const drag = useRef<{ pointer: number; from: number; value: number } | null>(null);
  const clamp = (v: number) => Math.round(Math.max(min, Math.min(max, v)));
  const vertical = orientation === 'vertical';

  function onKeyDown(event: KeyboardEvent) {
    const big = event.shiftKey ? step * 4 : step;
    const less = vertical ? 'ArrowLeft' : 'ArrowUp';
    const more = vertical ? 'ArrowRight' : 'ArrowDown';
    let next: number | null = null;
    if (event.key === less) next = value - big * Math.sign(perPixel);
    else if (event.key === more) next = value + big * Math.sign(perPixel);
    else if (event.key === 'Home') next = min;
    else if (event.key === 'End') next = max;
    if (next === null) return;
    event.preventDefault();
    onChange(clamp(next));
  }

  function onPointerDown(event: PointerEvent<HTMLDivElement>) {
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { pointer: event.pointerId, from: vertical ? event.clientX : event.clientY, value };
  }
  function onPointerMove(event: PointerEvent<HTMLDivElement>) {
    const start = drag.current;
    if (!start || start.pointer !== event.pointerId) return;
    const moved = (vertical ? event.clientX : event.clientY) - start.from;
    onChange(clamp(start.value + moved * perPixel));
  }

  return (
    <div
      className={`splitter splitter-${orientation}`}
      role="separator"
      tabIndex={0}
      aria-label={label}
      aria-orientation={orientation}
      aria-valuenow={value}
      aria-valuemin={min}
      aria-valuemax={max}
      aria-valuetext={props.valueText}
      onKeyDown={onKeyDown}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={() => (drag.current = null)}
      onPointerCancel={() => (drag.current = null)}
    />
  );
}
