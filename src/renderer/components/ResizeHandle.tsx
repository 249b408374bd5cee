import { useLayoutEffect, useState } from 'react';

interface ResizeHandleProps {
  /** The separator's accessible name, e.g. "Resize the side panels". */
  label: string;
  /** 'vertical': a bar between columns, dragged left and right; 'horizontal': between rows. */
  orientation: 'vertical' | 'horizontal';
  /** The size it sets, in pixels; null until set (then `measure` gives the size shown). */
  value: number | null;
  measure: () => number;
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
export function ResizeHandle({ label, orientation, value, measure, min, max, grows, onResize }: ResizeHandleProps) {
  const current = (): number => value ?? measure();
  // Until a size is set, the size shown is measured once laid out.
  const [measured, setMeasured] = useState(min);
  useLayoutEffect(() => {
    if (value === null) setMeasured(Math.round(measure()));
  });
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
