import { measureElement } from '@tanstack/react-virtual';
import type { Virtualizer } from '@tanstack/react-virtual';

/**
 * An item's height as its ResizeObserver reports it (the library's own reading of the report), after
 * a layout the browser was doing anyway. An item just drawn has no report yet: it takes its height
 * known from before, else the estimate, instead of reading `offsetHeight`, which forced a layout of
 * the whole page of its own while the workbench was first drawn (docs/scale.md, "First rows: Intl's
 * data…"). A height other than the estimate moves the items below it in the next frame.
 */
export function heightWithoutLayout<Scroller extends Element | Window, Item extends Element>(
  element: Item,
  entry: ResizeObserverEntry | undefined,
  virtualizer: Virtualizer<Scroller, Item>,
): number {
  if (entry) return measureElement(element, entry, virtualizer);
  const index = virtualizer.indexFromElement(element);
  return (
    virtualizer.itemSizeCache.get(virtualizer.options.getItemKey(index)) ??
    virtualizer.options.estimateSize(index)
  );
}
