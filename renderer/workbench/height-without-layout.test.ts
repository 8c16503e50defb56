import { Virtualizer } from '@tanstack/react-virtual';
import { describe, expect, it } from 'vitest';
import { heightWithoutLayout } from './height-without-layout';

/** An item element as the virtualizer sees it; reading its height (a layout) fails the test. */
function item(index: number): Element {
  return {
    getAttribute: (name: string) => (name === 'data-index' ? String(index) : null),
    get offsetHeight(): number {
      throw new Error('read offsetHeight: a forced layout');
    },
  } as unknown as Element;
}

function virtualizer() {
  return new Virtualizer<Element, Element>({
    count: 10,
    getScrollElement: () => null,
    estimateSize: (index) => (index === 0 ? 52 : 70),
    getItemKey: (index) => `key-${index}`,
    scrollToFn: () => {},
    observeElementRect: () => {},
    observeElementOffset: () => {},
  });
}

describe('an item measured without a layout of its own', () => {
  it('takes the height its ResizeObserver reports', () => {
    const entry = { borderBoxSize: [{ blockSize: 87.6, inlineSize: 200 }] } as unknown as ResizeObserverEntry;
    expect(heightWithoutLayout(item(3), entry, virtualizer())).toBe(88);
  });

  it('before any report, takes the estimate for its place, and never reads the element', () => {
    const list = virtualizer();
    expect(heightWithoutLayout(item(0), undefined, list)).toBe(52);
    expect(heightWithoutLayout(item(4), undefined, list)).toBe(70);
  });

  it('before a new report, keeps the height measured before', () => {
    const list = virtualizer();
    list.itemSizeCache.set('key-4', 88);
    expect(heightWithoutLayout(item(4), undefined, list)).toBe(88);
  });
});
