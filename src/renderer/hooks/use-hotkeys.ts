import { useEffect } from 'react';
import type { LabelDefinition } from '../../core/model';
import type { AppActions } from '../state/app-actions';

/** Typing into a field must never tag or delete. */
export function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT';
}

export function useHotkeys(labels: readonly LabelDefinition[] | undefined, actions: AppActions): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || event.repeat) return;
      if (isTextEntry(event.target)) return;
      if (event.key === 'Delete') {
        event.preventDefault();
        void actions.deleteSelected();
        return;
      }
      const label = labels?.find((l) => l.hotkey !== undefined && l.hotkey === event.key);
      if (label) {
        event.preventDefault();
        void actions.tagSelection(label.name);
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [labels, actions]);
}
