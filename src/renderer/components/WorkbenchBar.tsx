import { useActions, useAppState } from './app-context';
import { Redo2, Undo2 } from 'lucide-react';
import { ExportButton } from './ExportButton';
import { LabelToolbar } from './LabelToolbar';
import { SaveStatus } from './SaveStatus';
import { SearchBar } from './SearchBar';
import type { Layout, MainView } from '../state/app-state';

const VIEWS: ReadonlyArray<[MainView, string]> = [
  ['panes', 'Articles'],
  ['matrix', 'Claims matrix'],
  ['sources', 'Sources'],
  ['curation', 'Curation'],
];

export function WorkbenchBar() {
  const actions = useActions();
  const undo = useAppState((s) => s.undo);
  const view = useAppState((s) => s.view);
  const pending = useAppState((s) => s.pendingFragments);
  const snap = useAppState((s) => s.snapToWords);
  const hideBoilerplate = useAppState((s) => s.hideBoilerplate);
  const layout = useAppState((s) => s.layout);
  const syncScroll = useAppState((s) => s.syncScroll);
  const inspectorHidden = useAppState((s) => s.inspectorHidden);
  const suggestionsOn = useAppState((s) => s.suggestionsOn);
  return (
    <div className="workbench-bar">
      <div className="bar-row">
        <LabelToolbar />
        <div className="toolbar" role="toolbar" aria-label="Span tools">
          <button
            type="button"
            className="button"
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => actions.addFragment()}
            title="Keep the selection as one piece of a discontinuous span (+)"
          >
            Add fragment
          </button>
          {pending && (
            <span className="pending-note" role="status" aria-label="Pending fragments">
              {pending.fragments.length} fragment{pending.fragments.length === 1 ? '' : 's'} pending: press a label to
              tag them together
            </span>
          )}
          <label className="check">
            <input type="checkbox" checked={snap} onChange={(e) => actions.setSnapToWords(e.currentTarget.checked)} />
            Snap to words
          </label>
          <button
            type="button"
            className="button"
            aria-pressed={suggestionsOn}
            title="Show the offline assistant's suggestions as dashed outlines; nothing is applied until you accept it"
            onClick={() => actions.setSuggestionsOn(!suggestionsOn)}
          >
            Suggestions
          </button>
        </div>
        <div className="bar-end">
          <button
            type="button"
            className="button"
            aria-label="Undo"
            title={undo.undoName ? `Undo ${undo.undoName} (Ctrl+Z)` : 'Nothing to undo'}
            disabled={!undo.canUndo}
            onClick={() => void actions.undo()}
          >
            <Undo2 aria-hidden="true" size={16} strokeWidth={1.75} /> Undo
          </button>
          <button
            type="button"
            className="button"
            aria-label="Redo"
            title={undo.redoName ? `Redo ${undo.redoName} (Ctrl+Shift+Z)` : 'Nothing to redo'}
            disabled={!undo.canRedo}
            onClick={() => void actions.redo()}
          >
            <Redo2 aria-hidden="true" size={16} strokeWidth={1.75} /> Redo
          </button>
          <SaveStatus />
          <ExportButton />
          <button type="button" className="button" onClick={() => actions.openDialog('export')}>
            Export dataset…
          </button>
          <button type="button" className="button" onClick={() => actions.openDialog('report')}>
            Report…
          </button>
        </div>
      </div>
      <div className="bar-row">
        <div className="toolbar" role="toolbar" aria-label="Views">
          {VIEWS.map(([v, name]) => (
            <button
              key={v}
              type="button"
              className={view === v ? 'button is-on' : 'button'}
              aria-pressed={view === v}
              onClick={() => actions.setView(v)}
            >
              {name}
            </button>
          ))}
        </div>
        <SearchBar />
        <div className="toolbar" role="toolbar" aria-label="Display">
          <select
            aria-label="Layout"
            value={layout}
            onChange={(e) => actions.setLayout(e.currentTarget.value as Layout)}
          >
            <option value="columns">Side by side</option>
            <option value="rows">Stacked</option>
            <option value="grid">Grid</option>
          </select>
          <label className="check">
            <input
              type="checkbox"
              checked={syncScroll}
              onChange={(e) => actions.setSyncScroll(e.currentTarget.checked)}
            />
            Sync scroll
          </label>
          <label className="check">
            <input
              type="checkbox"
              checked={hideBoilerplate}
              onChange={(e) => actions.setHideBoilerplate(e.currentTarget.checked)}
            />
            Hide boilerplate
          </label>
          <button
            type="button"
            className="button"
            aria-pressed={!inspectorHidden}
            onClick={() => actions.toggleInspector()}
          >
            Inspector
          </button>
          <button type="button" className="button" onClick={() => actions.openDialog('schema')}>
            Schema…
          </button>
          <button
            type="button"
            className="button"
            aria-label="Keyboard shortcuts"
            title="Keyboard shortcuts (?)"
            onClick={() => actions.openDialog('shortcuts')}
          >
            ?
          </button>
        </div>
      </div>
    </div>
  );
}
