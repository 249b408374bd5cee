import { useEffect, useRef } from 'react';
import { useActions, useAppState } from './app-context';
import { COMMAND_KEYS } from '../state/command-keys';
import { Modal } from './Modal';

/** Keys beyond the single command keys (COMMAND_KEYS, listed first) and the labels' hotkeys. */
export const SHORTCUTS: ReadonlyArray<readonly [string, string]> = [
  ['Ctrl+Z', 'Undo'],
  ['Ctrl+Shift+Z or Ctrl+Y', 'Redo'],
  ['Ctrl+F', 'Search'],
  ['Enter / Shift+Enter (in Search), F3 / Shift+F3', 'Next / previous hit'],
  ['Tab into an article, then ← →', 'Move the caret by a character'],
  ['Ctrl+← →', 'Move the caret by a word'],
  ['Ctrl+↑ ↓', 'Move the caret by a sentence'],
  ['Ctrl+Home / Ctrl+End', 'Caret to the start / end of the article'],
  ['Enter (in an article)', 'Select the span at the caret'],
  ['Shift + any caret move', 'Extend the selection (by character, word or sentence)'],
  ['Escape', 'Drop the keyboard selection, pending fragments, menus and dialogs'],
  ['Delete', 'Delete the selected annotation'],
  ['↑ ↓ Enter (in the source list after a)', 'Choose the source and link it'],
  ['Alt+1 … Alt+4', 'Focus article pane 1 to 4'],
  ['Alt+drag from the selected claim onto a source', 'Attribute the claim to that source (Esc cancels)'],
  ['← → ↑ ↓ (on a splitter)', 'Resize panes, the side column or the inspector'],
];

export function ShortcutSheet() {
  const actions = useActions();
  const labels = useAppState((s) => s.workspace?.schema.labels);
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => close.current?.focus(), []);
  return (
    <Modal label="Keyboard shortcuts" onClose={() => actions.openDialog(null)}>
      <h2 className="modal-title">Keyboard shortcuts</h2>
      <table className="shortcut-table">
        <tbody>
          {(labels ?? [])
            .filter((l) => l.hotkey)
            .map((l) => (
              <tr key={l.name}>
                <th scope="row">
                  <kbd>{l.hotkey}</kbd>
                </th>
                <td>Tag the selection as {l.name}</td>
              </tr>
            ))}
          {Object.entries(COMMAND_KEYS).map(([key, what]) => (
            <tr key={key}>
              <th scope="row">
                <kbd>{key}</kbd>
              </th>
              <td>{what}</td>
            </tr>
          ))}
          {SHORTCUTS.map(([keys, what]) => (
            <tr key={keys}>
              <th scope="row">
                <kbd>{keys}</kbd>
              </th>
              <td>{what}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="modal-actions">
        <button type="button" className="button" onClick={() => actions.showTour()}>
          Show the tour
        </button>
        <button ref={close} type="button" className="button" onClick={() => actions.openDialog(null)}>
          Close
        </button>
      </div>
    </Modal>
  );
}
