import { useEffect, useRef } from 'react';
import { useActions, useAppState } from './app-context';
import { Modal } from './Modal';

export const SHORTCUTS: ReadonlyArray<readonly [string, string]> = [
  ['?', 'Show this sheet'],
  ['Ctrl+Z', 'Undo'],
  ['Ctrl+Shift+Z or Ctrl+Y', 'Redo'],
  ['Ctrl+F or /', 'Search'],
  ['Enter / Shift+Enter (in Search), F3 / Shift+F3', 'Next / previous hit'],
  ['Tab into an article, then ← →', 'Move the caret by a character'],
  ['Ctrl+← →', 'Move the caret by a word'],
  ['Ctrl+↑ ↓', 'Move the caret by a sentence'],
  ['Ctrl+Home / Ctrl+End', 'Caret to the start / end of the article'],
  ['Enter (in an article)', 'Select the span at the caret'],
  ['Shift + any caret move', 'Extend the selection (by character, word or sentence)'],
  ['+', 'Keep the selection as a fragment of a discontinuous span'],
  ['Escape', 'Drop the keyboard selection, pending fragments, menus and dialogs'],
  ['Delete', 'Delete the selected annotation'],
  ['a', 'Attribute the selected claim to a source (↑ ↓ to choose, Enter links)'],
  ['g', 'Put the selected claim in a new claim group'],
  ['i', 'Show or hide the inspector'],
  ['m / p / o', 'Claims matrix / article panes / sources view'],
  ['Alt+1 … Alt+4', 'Focus article pane 1 to 4'],
  ['Alt+drag from the selected claim onto a source', 'Attribute the claim to that source (Esc cancels)'],
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
        <button ref={close} type="button" className="button" onClick={() => actions.openDialog(null)}>
          Close
        </button>
      </div>
    </Modal>
  );
}
