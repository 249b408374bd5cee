import { useCallback, useEffect } from 'react';
import { startSelectionTracking } from '../editor/pane-registry';
import { useFileDrop } from '../hooks/use-file-drop';
import { useHotkeys } from '../hooks/use-hotkeys';
import { useActions, useAppState } from './app-context';
import { Alerts } from './Alerts';
import { AnnotationsPanel } from './AnnotationsPanel';
import { ExportButton } from './ExportButton';
import { LabelToolbar } from './LabelToolbar';
import { Library } from './Library';
import { PaneArea } from './PaneArea';
import { SaveStatus } from './SaveStatus';

export function App() {
  const actions = useActions();
  const labels = useAppState((s) => s.workspace?.schema.labels);
  useEffect(() => startSelectionTracking(), []);
  useHotkeys(labels, actions);
  const dragging = useFileDrop(useCallback((files: File[]) => void actions.importFiles(files), [actions]));

  return (
    <div className={dragging ? 'app is-dropping' : 'app'}>
      <Library />
      <main className="workbench">
        <div className="workbench-bar">
          <LabelToolbar />
          <div className="bar-end">
            <SaveStatus />
            <ExportButton />
          </div>
        </div>
        <Alerts />
        <PaneArea />
      </main>
      <AnnotationsPanel />
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          Drop .txt or .md files to import them
        </div>
      )}
    </div>
  );
}
