import { useLayoutEffect, useState } from 'react';
import { fixedRowWindow, watchScroll, type ScrollView } from './use-row-window';

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
  const [view, setView] = useState<ScrollView>({ start: 0, size: 1600 });
  useLayoutEffect(() => (element ? watchScroll(element, 'x', 1600, setView) : undefined), [element]);
  return { window: fixedRowWindow(count, width, Math.max(0, view.start - offset), view.size, overscan) };
}
