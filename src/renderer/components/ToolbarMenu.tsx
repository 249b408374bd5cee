import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { Check } from 'lucide-react';

/** One entry of a menu: a command, an option that is on or off, or one choice of several. */
export interface MenuEntry {
  readonly name: string;
  readonly kind?: 'command' | 'check' | 'radio';
  /** For checks and radios. */
  readonly checked?: boolean;
  readonly disabled?: boolean;
  /** The key that does the same, shown beside the name. */
  readonly keys?: string;
  readonly run: () => void;
}

export interface MenuSection {
  readonly label: string;
  readonly entries: readonly MenuEntry[];
}

const ROLE = { command: 'menuitem', check: 'menuitemcheckbox', radio: 'menuitemradio' } as const;

interface ToolbarMenuProps {
  /** The button's accessible name, also the menu's. */
  label: string;
  /** What the button shows (its text and icon). */
  children: ReactNode;
  sections: readonly MenuSection[];
}

/**
 * A menu button (WAI-ARIA menu pattern): Enter, Space or ↓ opens it on its first entry; ↑ ↓ Home End
 * move; Enter or Space runs an entry and closes the menu; Escape closes it back to its button.
 */
export function ToolbarMenu({ label, children, sections }: ToolbarMenuProps) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const menuId = useId();
  const items = (): HTMLElement[] =>
    Array.from(menu.current?.querySelectorAll<HTMLElement>('[role^="menuitem"]:not([aria-disabled="true"])') ?? []);
  const focusItem = (index: number): void => {
    const all = items();
    all[(index + all.length) % Math.max(1, all.length)]?.focus();
  };

  useEffect(() => {
    if (!open) return;
    requestAnimationFrame(() =>
      menu.current?.querySelector<HTMLElement>('[role^="menuitem"]:not([aria-disabled="true"])')?.focus(),
    );
    const onDown = (event: MouseEvent): void => {
      const target = event.target as Node;
      if (!menu.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
  }, [open]);

  const close = (refocus: boolean): void => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };

  return (
    <div className="toolbar-menu">
      <button
        ref={button}
        type="button"
        className="button"
        aria-label={label}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => setOpen(!open)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setOpen(true);
          }
        }}
      >
        {children}
      </button>
      {open && (
        <div
          ref={menu}
          id={menuId}
          role="menu"
          aria-label={label}
          className="menu"
          onKeyDown={(e) => {
            const all = items();
            const at = all.indexOf(document.activeElement as HTMLElement);
            const moves: Record<string, number> = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: all.length - 1 };
            if (e.key in moves) {
              e.preventDefault();
              focusItem(moves[e.key]!);
            } else if (e.key === 'Escape') {
              e.preventDefault();
              e.stopPropagation();
              close(true);
            } else if (e.key === 'Tab') {
              close(false);
            }
          }}
        >
          {sections
            .filter((s) => s.entries.length > 0)
            .map((section) => (
              <div key={section.label} role="group" aria-label={section.label} className="menu-section">
                <div className="menu-heading" aria-hidden="true">
                  {section.label}
                </div>
                {section.entries.map((entry) => {
                  const kind = entry.kind ?? 'command';
                  const run = (): void => {
                    if (entry.disabled) return;
                    close(true);
                    entry.run();
                  };
                  return (
                    <div
                      key={entry.name}
                      role={ROLE[kind]}
                      tabIndex={-1}
                      className="menu-item"
                      aria-disabled={entry.disabled ? true : undefined}
                      aria-checked={kind === 'command' ? undefined : entry.checked === true}
                      onMouseDown={(e) => e.preventDefault()}
                      onClick={run}
                      onKeyDown={(e) => {
                        if (e.key === 'Enter' || e.key === ' ') {
                          e.preventDefault();
                          run();
                        }
                      }}
                    >
                      <span className="menu-check" aria-hidden="true">
                        {kind !== 'command' && entry.checked && <Check size={14} strokeWidth={2} />}
                      </span>
                      <span className="menu-name">{entry.name}</span>
                      {entry.keys && (
                        <kbd className="hotkey" aria-hidden="true">
                          {entry.keys}
                        </kbd>
                      )}
                    </div>
                  );
                })}
              </div>
            ))}
        </div>
      )}
    </div>
  );
}
