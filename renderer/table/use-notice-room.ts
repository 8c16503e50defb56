import { useLayoutEffect, useRef, useState } from 'react';
import type { RefObject } from 'react';
import { useNoticeArea } from '../app/notice-area';
import type { NoticeArea } from '../app/notice-area';

/** Space kept between the last row in reach and a notice's top edge. */
const GAP = 8;

/** How far up from the scroller's visible foot a notice reaches over it (0 where none does). */
function overlap(scroller: HTMLElement, area: NoticeArea | null): number {
  if (!area) return 0;
  const box = scroller.getBoundingClientRect();
  if (area.right <= box.left || area.left >= box.right) return 0;
  // The foot of what the scroller shows, above its sideways scrollbar if it has one.
  const foot = box.top + scroller.clientTop + scroller.clientHeight;
  return Math.max(0, Math.ceil(foot - area.top + GAP));
}

export interface NoticeRoom {
  /** Empty room below the last row, so it can be scrolled above a notice. */
  readonly room: number;
  /** The foot of the table a notice covers now: scrolled-to rows are kept above it. */
  readonly clearance: number;
}

/**
 * Keeps the claims table's rows clear of the notices at the bottom left, calmly:
 *
 * - A notice coming up adds room below the last row (nothing on screen moves), and rows scrolled to by
 *   keyboard stop above it. Only if the selected row is under it does the list move, just enough.
 * - A notice going takes nothing back that is in view: the room below the last row shrinks only as it
 *   is scrolled out of sight, so the rows under the pointer stay where they are.
 */
export function useNoticeRoom(scrollRef: RefObject<HTMLElement | null>): NoticeRoom {
  const area = useNoticeArea();
  const [clearance, setClearance] = useState(0);
  const [room, setRoom] = useState(0);

  // What the notices cover of the table, followed as the panes are resized.
  useLayoutEffect(() => {
    const scroller = scrollRef.current;
    if (!scroller) return;
    const measure = () => setClearance(overlap(scroller, area));
    measure();
    if (!area) return;
    const observer = new ResizeObserver(measure);
    observer.observe(scroller);
    return () => observer.disconnect();
  }, [area, scrollRef]);

  // The room grows at once; it shrinks only by what lies out of sight below the rows shown. No notice
  // and no room left: nothing to follow, so scrolling the table runs no code of this hook.
  const following = clearance > 0 || room > 0;
  useLayoutEffect(() => {
    const scroller = scrollRef.current;
    if (!scroller || !following) return;
    const settle = () =>
      setRoom((current) => {
        if (clearance >= current) return clearance;
        const below = scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight;
        return Math.max(clearance, current - Math.max(0, Math.floor(below)));
      });
    settle();
    scroller.addEventListener('scroll', settle, { passive: true });
    return () => scroller.removeEventListener('scroll', settle);
  }, [clearance, following, scrollRef]);

  // A notice coming up (or growing) over the selected row: the list moves it just above the notice.
  const cleared = useRef(0);
  useLayoutEffect(() => {
    const scroller = scrollRef.current;
    if (!scroller || room < clearance) return;
    const grew = clearance > cleared.current;
    cleared.current = clearance;
    if (!grew) return;
    const row = scroller.querySelector('tr.is-selected');
    if (!row) return;
    const box = scroller.getBoundingClientRect();
    const foot = box.top + scroller.clientTop + scroller.clientHeight;
    const rowBox = row.getBoundingClientRect();
    // Only a row at least partly in view and under the notice; one scrolled away stays away.
    if (rowBox.top < foot && rowBox.bottom > foot - clearance) {
      scroller.scrollTop += Math.ceil(rowBox.bottom - (foot - clearance));
    }
  }, [clearance, room, scrollRef]);

  return { room, clearance };
}
