import { useEffect, useState, type RefObject } from 'react';

interface ResizeHandleProps {
  /** The separator's accessible name, e.g. "Resize the side panels". */
  label: string;
  /** 'vertical': a bar between columns, dragged left and right; 'horizontal': between rows. */
  orientation: 'vertical' | 'horizontal';
  /** The size it sets, in pixels; null until set (then the size of `target` as laid out). */
  value: number | null;
  /** The region it sizes: its width for a vertical handle, its height for a horizontal one. */
  target: RefObject<HTMLElement | null>;
  min: number;
  max: number;
  /** +1 when dragging right or down grows the size, -1 when it shrinks it (a region after the handle). */
  grows: 1 | -1;
  onResize: (size: number) => void;
}

const STEP = 16;

/**
 * A window splitter (WAI-ARIA separator): drag it, or focus it and press the arrow keys (Shift: larger
 * steps), Home and End for the smallest and largest size.
 */
export function ResizeHandle({ label, orientation, value, target, min, max, grows, onResize }: ResizeHandleProps) {
  const measure = (): number => {
    const box = target.current?.getBoundingClientRect();
    return box ? (orientation === 'vertical' ? box.width : box.height) : min;
  };
  const current = (): number => value ?? measure();
  // Until a size is set, the size shown follows the region as the window lays it out.
  const [measured, setMeasured] = useState(min);
  // A passive effect: the target's ref is attached only after this handle's layout effects would run.
  useEffect(() => {
    const el = target.current;
    if (value !== null || !el) return;
    const observer = new ResizeObserver(() => setMeasured(Math.round(measure())));
    observer.observe(el);
    return () => observer.disconnect();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value, target, orientation]);
  const shown = Math.round(value ?? measured);
  return (
    <div
      className={`resize-handle ${orientation}`}
      role="separator"
      aria-label={label}
      aria-orientation={orientation}
      aria-valuenow={shown}
      aria-valuemin={min}
      aria-valuemax={max}
      tabIndex={0}
      onKeyDown={(e) => {
        const keys: Record<string, number> =
          orientation === 'vertical' ? { ArrowRight: grows, ArrowLeft: -grows } : { ArrowDown: grows, ArrowUp: -grows };
        if (e.key === 'Home' || e.key === 'End') {
          e.preventDefault();
          onResize(e.key === 'Home' ? min : max);
          return;
        }
        const sign = keys[e.key];
        if (sign === undefined) return;
        e.preventDefault();
        onResize(current() + sign * (e.shiftKey ? STEP * 4 : STEP));
      }}
      onMouseDown={(e) => {
        e.preventDefault();
        const start = orientation === 'vertical' ? e.clientX : e.clientY;
        const from = current();
        const move = (m: MouseEvent): void => {
          const delta = (orientation === 'vertical' ? m.clientX : m.clientY) - start;
          onResize(from + grows * delta);
        };
        const up = (): void => {
          window.removeEventListener('mousemove', move);
          window.removeEventListener('mouseup', up);
        };
        window.addEventListener('mousemove', move);
        window.addEventListener('mouseup', up);
      }}
    />
  );
}
