import { useEffect, useState } from 'react';
import type { RefObject } from 'react';

interface Size {
  readonly width: number;
  readonly height: number;
}

/** An element's size in CSS pixels, followed with a ResizeObserver; null before it is measured. */
export function useElementSize(ref: RefObject<HTMLElement | null>): Size | null {
  const [size, setSize] = useState<Size | null>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      if (!entry) return;
      const width = Math.round(entry.contentRect.width);
      const height = Math.round(entry.contentRect.height);
      setSize((current) =>
        current?.width === width && current.height === height ? current : { width, height },
      );
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return size;
}

/** An element's height in CSS pixels (see useElementSize). */
export function useElementHeight(ref: RefObject<HTMLElement | null>): number | null {
  return useElementSize(ref)?.height ?? null;
}
