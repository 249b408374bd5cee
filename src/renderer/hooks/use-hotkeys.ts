import { useEffect } from 'react';
import type { LabelDefinition } from '../../core/model';
import type { AppActions } from '../state/app-actions';
import type { CommandKey } from '../state/command-keys';

/** Typing into a field must never tag or delete. */
export function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === 'INPUT') {
    const type = (target as HTMLInputElement).type;
    return !['checkbox', 'radio', 'button', 'color', 'file'].includes(type);
  }
  return tag === 'TEXTAREA' || tag === 'SELECT';
}

const inDialog = (target: EventTarget | null): boolean =>
  target instanceof Element && !!target.closest('[role="dialog"], [role="menu"]');

export function useHotkeys(labels: readonly LabelDefinition[] | undefined, actions: AppActions): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || event.metaKey) return;
      const key = event.key;
      const ctrl = event.ctrlKey;
      // Undo and redo work everywhere but in a text field, which has its own.
      if (ctrl && !event.altKey && !isTextEntry(event.target)) {
        const lower = key.toLowerCase();
        if (lower === 'z' && !event.shiftKey) {
          event.preventDefault();
          void actions.undo();
          return;
        }
        if ((lower === 'z' && event.shiftKey) || lower === 'y') {
          event.preventDefault();
          void actions.redo();
          return;
        }
      }
      if (ctrl && !event.altKey && key.toLowerCase() === 'f') {
        event.preventDefault();
        document.getElementById('collate-search')?.focus();
        return;
      }
      if (key === 'F3') {
        event.preventDefault();
        actions.stepSearch(event.shiftKey ? -1 : 1);
        return;
      }
      if (event.altKey && !ctrl && /^[1-4]$/.test(key)) {
        event.preventDefault();
        const panes = document.querySelectorAll<HTMLElement>('.pane .pane-scroll');
        panes[Number(key) - 1]?.focus();
        return;
      }
      if (ctrl || event.altKey || event.repeat) return;
      if (isTextEntry(event.target) || inDialog(event.target)) return;
      if (key === 'Escape') {
        actions.cancelPending();
        return;
      }
      if (key === 'Delete') {
        event.preventDefault();
        void actions.deleteSelected();
        return;
      }
      const label = labels?.find((l) => l.hotkey !== undefined && l.hotkey === key);
      if (label) {
        event.preventDefault();
        void actions.tagSelection(label.name);
        return;
      }
      const command: Record<CommandKey, () => void> = {
        '?': () => actions.openDialog('shortcuts'),
        '/': () => document.getElementById('collate-search')?.focus(),
        '+': () => actions.addFragment(),
        a: () => actions.openAttribution(),
        g: () => actions.newClaimGroupForSelected(),
        i: () => actions.toggleInspector(),
        m: () => actions.setView('matrix'),
        p: () => actions.setView('panes'),
        o: () => actions.setView('sources'),
      };
      const run = Object.hasOwn(command, key) ? command[key as CommandKey] : undefined;
      if (run) {
        event.preventDefault();
        run();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [labels, actions]);
}
