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

/** How far an element is scrolled along one axis, and how much of it is visible. */
export interface ScrollView {
  readonly start: number;
  readonly size: number;
}

/**
 * Tells `onView` where `element` is scrolled along `axis` now and, once a frame, after each scroll or
 * resize (`fallback` stands for a size not laid out yet; an unchanged view keeps its object, so a
 * React state setter does not re-render). Returns the function that stops watching.
 */
export function watchScroll(
  element: HTMLElement,
  axis: 'x' | 'y',
  fallback: number,
  onView: (update: (view: ScrollView) => ScrollView) => void,
): () => void {
  const read = (): ScrollView =>
    axis === 'y'
      ? { start: element.scrollTop, size: element.clientHeight }
      : { start: element.scrollLeft, size: element.clientWidth };
  let frame = 0;
  const measure = (): void => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => {
      const next = read();
      onView((view) => (view.start === next.start && view.size === next.size ? view : next));
    });
  };
  const first = read();
  onView(() => ({ start: first.start, size: first.size || fallback }));
  element.addEventListener('scroll', measure, { passive: true });
  const observer = new ResizeObserver(measure);
  observer.observe(element);
  return () => {
    cancelAnimationFrame(frame);
    element.removeEventListener('scroll', measure);
    observer.disconnect();
  };
}

/**
 * Windowing for a scrolled list of fixed-height rows: attach `ref` to the scrolling element; only
 * the rows in `window` are rendered, padding stands for the rest. `scrollToRow` brings a row into view.
 */
export function useRowWindow<E extends HTMLElement>(count: number, rowHeight: number, overscan = 6) {
  const ref = useRef<E>(null);
  const [view, setView] = useState<ScrollView>({ start: 0, size: 600 });

  useLayoutEffect(() => {
    const element = ref.current;
    return element ? watchScroll(element, 'y', 600, setView) : undefined;
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

  return { ref, window: fixedRowWindow(count, rowHeight, view.start, view.size, overscan), scrollToRow };
}
