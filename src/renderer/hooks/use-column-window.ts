import { useLayoutEffect, useState } from 'react';
import { fixedRowWindow } from './use-row-window';

/**
 * Windowing across: which of `count` columns of `width` pixels, starting `offset` pixels into the
 * scrolling `element`, are in view, with `overscan` columns either side.
 */
export function useColumnWindow(
  count: number,
  width: number,
  offset: number,
  element: HTMLElement | null,
  overscan = 2,
) {
  const [view, setView] = useState({ left: 0, width: 1600 });

  useLayoutEffect(() => {
    if (!element) return;
    let frame = 0;
    const measure = (): void => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() =>
        setView((v) =>
          v.left === element.scrollLeft && v.width === element.clientWidth
            ? v
            : { left: element.scrollLeft, width: element.clientWidth },
        ),
      );
    };
    setView({ left: element.scrollLeft, width: element.clientWidth || 1600 });
    element.addEventListener('scroll', measure, { passive: true });
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => {
      cancelAnimationFrame(frame);
      element.removeEventListener('scroll', measure);
      observer.disconnect();
    };
  }, [element]);

  return { window: fixedRowWindow(count, width, Math.max(0, view.left - offset), view.width, overscan) };
}
