import { elementScroll, measureElement } from '@tanstack/react-virtual';
import type { Rect, Virtualizer, VirtualizerOptions } from '@tanstack/react-virtual';

/** The virtualizers whose scroller has been laid out (its ResizeObserver has reported a size). */
const laidOut = new WeakSet<object>();

/**
 * The scroller's size from a ResizeObserver alone, which reports after the frame's layout. The
 * virtualizer's default also reads it at once (clientHeight) in the commit that mounts the list: at
 * 100,000 claims that forced the workbench's first layout inside React's commit, and the items read
 * in the render it called for forced a second (issue 20).
 */
function observeRectAfterLayout<S extends HTMLElement, I extends Element>(
  instance: Virtualizer<S, I>,
  report: (rect: Rect) => void,
) {
  const element = instance.scrollElement;
  if (!element) return;
  const observer = new ResizeObserver(() => {
    laidOut.add(instance);
    // Read after the layout the observer reports on, so nothing is laid out again.
    report({ width: element.clientWidth, height: element.clientHeight });
  });
  observer.observe(element);
  return () => observer.disconnect();
}

/** Scrolls as the virtualizer asks, except to 0 before the first layout: the scroller is at 0 already. */
function scrollOnceLaidOut<S extends HTMLElement, I extends Element>(
  offset: number,
  options: { adjustments?: number; behavior?: ScrollBehavior },
  instance: Virtualizer<S, I>,
) {
  if (offset === 0 && !laidOut.has(instance)) return;
  elementScroll(offset, options, instance);
}

/**
 * An item's size: before the list's first layout, its size known so far (or the estimate), as
 * reading the element would force that layout; the item's ResizeObserver entry then brings its size.
 */
function measureOnceLaidOut<S extends HTMLElement, I extends Element>(
  element: I,
  entry: ResizeObserverEntry | undefined,
  instance: Virtualizer<S, I>,
) {
  if (entry || laidOut.has(instance)) return measureElement(element, entry, instance);
  const index = instance.indexFromElement(element);
  return (
    instance.itemSizeCache.get(instance.options.getItemKey(index)) ?? instance.options.estimateSize(index)
  );
}

/**
 * Options for a virtualizer in a scroller that reads nothing from the page until the browser has laid
 * the page out: the first rows are then laid out once, in the frame that paints them. Until its
 * scroller reports a size, the virtualizer takes it to be the window's (at most that tall, so the first
 * render holds every row in view; the extra rows go in the render after).
 */
export function afterFirstLayout<S extends HTMLElement, I extends Element>(): Pick<
  VirtualizerOptions<S, I>,
  'initialRect' | 'observeElementRect' | 'scrollToFn' | 'measureElement'
> {
  return {
    initialRect: { width: window.innerWidth, height: window.innerHeight },
    observeElementRect: observeRectAfterLayout,
    scrollToFn: scrollOnceLaidOut,
    measureElement: measureOnceLaidOut,
  };
}
