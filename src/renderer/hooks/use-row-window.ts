import { useCallback, useLayoutEffect, useRef, useState } from 'react';

/** Which rows of a list of fixed-height rows to render: those in the viewport and `overscan` rows around. */
export interface FixedRowWindow {
  readonly first: number;
  /** One past the last rendered row. */
  readonly end: number;
  /** Pixels standing for the rows not rendered above and below. */
  readonly before: number;
  readonly after: number;
}

export function fixedRowWindow(
  count: number,
  rowHeight: number,
  scrollTop: number,
  viewport: number,
  overscan: number,
): FixedRowWindow {
  const first = Math.max(0, Math.min(count, Math.floor(scrollTop / rowHeight) - overscan));
  const end = Math.min(count, Math.ceil((scrollTop + viewport) / rowHeight) + overscan);
  return { first, end: Math.max(first, end), before: first * rowHeight, after: Math.max(0, count - end) * rowHeight };
}

/**
 * Windowing for a scrolled list of fixed-height rows: attach `ref` to the scrolling element; only
 * the rows in `window` are rendered, padding stands for the rest. `scrollToRow` brings a row into view.
 */
export function useRowWindow<E extends HTMLElement>(count: number, rowHeight: number, overscan = 6) {
  const ref = useRef<E>(null);
  const [view, setView] = useState({ top: 0, height: 600 });

  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    let frame = 0;
    const measure = (): void => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() =>
        setView((v) =>
          v.top === element.scrollTop && v.height === element.clientHeight
            ? v
            : { top: element.scrollTop, height: element.clientHeight },
        ),
      );
    };
    setView({ top: element.scrollTop, height: element.clientHeight || 600 });
    element.addEventListener('scroll', measure, { passive: true });
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => {
      cancelAnimationFrame(frame);
      element.removeEventListener('scroll', measure);
      observer.disconnect();
    };
  }, []);

  const scrollToRow = useCallback(
    (index: number): void => {
      const element = ref.current;
      if (!element) return;
      const top = index * rowHeight;
      if (top < element.scrollTop) element.scrollTop = top;
      else if (top + rowHeight > element.scrollTop + element.clientHeight)
        element.scrollTop = top + rowHeight - element.clientHeight;
    },
    [rowHeight],
  );

  return { ref, window: fixedRowWindow(count, rowHeight, view.top, view.height, overscan), scrollToRow };
}
