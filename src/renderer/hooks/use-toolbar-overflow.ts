import { useLayoutEffect, useRef, useState, type RefObject } from 'react';

const NONE: ReadonlySet<string> = new Set();

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size === b.size && [...a].every((x) => b.has(x));
}

/**
 * Which of a one-row toolbar's groups do not fit, the least important first. The bar's children marked
 * `data-overflow-group="<id>"` may leave the row (the caller hides them and offers them in its More menu);
 * a child marked `data-bar-flex` counts at its min-width; every other child always stays. `priority`
 * lists the groups most important first: once one does not fit, every group after it goes too, so the
 * row always keeps the most important ones.
 */
export function useToolbarOverflow(
  bar: RefObject<HTMLElement | null>,
  priority: readonly string[],
): ReadonlySet<string> {
  const widths = useRef(new Map<string, number>());
  const [overflowed, setOverflowed] = useState<ReadonlySet<string>>(NONE);
  const key = priority.join('\n');

  useLayoutEffect(() => {
    const el = bar.current;
    if (!el) return;
    const measure = (): void => {
      const style = getComputedStyle(el);
      const gap = parseFloat(style.columnGap) || 0;
      const room = el.clientWidth - (parseFloat(style.paddingLeft) || 0) - (parseFloat(style.paddingRight) || 0);
      let used = 0;
      let count = 0;
      for (const child of Array.from(el.children) as HTMLElement[]) {
        const group = child.dataset['overflowGroup'];
        if (group !== undefined) {
          if (!child.hidden) widths.current.set(group, child.getBoundingClientRect().width);
          continue;
        }
        used +=
          child.dataset['barFlex'] !== undefined
            ? parseFloat(getComputedStyle(child).minWidth) || 0
            : child.getBoundingClientRect().width;
        count++;
      }
      used += gap * Math.max(0, count - 1);
      const next = new Set<string>();
      for (const id of key.split('\n')) {
        const width = widths.current.get(id) ?? 0;
        if (next.size === 0 && used + gap + width <= room) used += gap + width;
        else next.add(id);
      }
      setOverflowed((prev) => (sameSet(prev, next) ? prev : next));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    for (const child of Array.from(el.children)) observer.observe(child);
    return () => observer.disconnect();
  });

  return overflowed;
}
