import { useEffect, useRef } from 'react';
import { truncateQuote } from '../state/annotation-list';
import { findSpan } from '../state/app-state';
import { useActions, useAppState } from './app-context';

/** Where several spans overlap under a click: a menu to pick one (innermost first). */
export function SpanPicker() {
  const actions = useActions();
  const picker = useAppState((s) => s.spanPicker);
  const annotations = useAppState((s) => s.annotations);
  const menu = useRef<HTMLDivElement>(null);
  useEffect(() => {
    menu.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
  }, [picker]);
  if (!picker) return null;
  const items = picker.ids.map((id) => findSpan({ annotations } as never, id)).filter((s) => !!s);
  const move = (delta: number): void => {
    const all = Array.from(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? []);
    const at = all.indexOf(document.activeElement as HTMLElement);
    all[(at + delta + all.length) % all.length]?.focus();
  };
  return (
    <div
      ref={menu}
      className="span-picker"
      role="menu"
      aria-label="Choose annotation"
      style={{
        left: Math.min(picker.x, window.innerWidth - 320),
        top: Math.min(picker.y + 8, window.innerHeight - 200),
      }}
      onKeyDown={(e) => {
        if (e.key === 'ArrowDown') move(1);
        else if (e.key === 'ArrowUp') move(-1);
        else if (e.key === 'Escape') actions.closeSpanPicker();
        else return;
        e.preventDefault();
        e.stopPropagation();
      }}
    >
      {items.map((s) => (
        <button
          key={s.id}
          type="button"
          role="menuitem"
          className="span-picker-item"
          onClick={() => actions.selectAnnotation(s.id)}
        >
          <strong>{s.label}</strong> {truncateQuote(s.quote, 60)}
        </button>
      ))}
    </div>
  );
}
