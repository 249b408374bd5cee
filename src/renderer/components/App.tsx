import { useCallback, useEffect, type CSSProperties } from 'react';
import { startSelectionTracking } from '../article-view/pane-registry';
import { useFileDrop } from '../hooks/use-file-drop';
import { useDesktopShell } from '../hooks/use-desktop-shell';
import { useHotkeys } from '../hooks/use-hotkeys';
import { useActions, useAppState } from './app-context';
import { Alerts } from './Alerts';
import { AnnotationsPanel } from './AnnotationsPanel';
import { AttributeDialog } from './AttributeDialog';
import { ClaimsMatrix } from './ClaimsMatrix';
import { CurationView } from './CurationView';
import { DifferencesPanel } from './DifferencesPanel';
import { ExportDialog } from './ExportDialog';
import { FirstRunTour } from './FirstRunTour';
import { ForeignLockPrompt } from './ForeignLockPrompt';
import { Library } from './Library';
import { LayerBar } from './LayerBar';
import { PaneArea } from './PaneArea';
import { PendingFragments } from './PendingFragments';
import { PreferencesDialog } from './PreferencesDialog';
import { ProblemsNotice } from './ProblemsNotice';
import { ReportDialog } from './ReportDialog';
import { AssignmentProgressDialog } from './AssignmentProgressDialog';
import { SchemaDialog } from './SchemaDialog';
import { ShortcutSheet } from './ShortcutSheet';
import { SideColumn } from './SideColumn';
import { SourcesView } from './SourcesView';
import { SpanPicker } from './SpanPicker';
import { StartupProblem } from './StartupProblem';
import { SuggestionsPanel } from './SuggestionsPanel';
import { WorkbenchBar } from './WorkbenchBar';

export function App() {
  const actions = useActions();
  const labels = useAppState((s) => s.workspace?.schema.labels);
  const view = useAppState((s) => s.view);
  const dialog = useAppState((s) => s.dialog);
  const inspectorHidden = useAppState((s) => s.inspectorHidden);
  const suggestionsOn = useAppState((s) => s.suggestionsOn);
  const anyDifference = useAppState((s) => s.compareProposals.discrepancies.some((d) => d.status !== 'rejected'));
  useEffect(() => startSelectionTracking(), []);
  useHotkeys(labels, actions);
  const desktop = useDesktopShell(actions);
  const dragging = useFileDrop(useCallback((files: File[]) => void actions.importFiles(files), [actions]));
  const sideWidth = useAppState((s) => s.sideWidth);
  const startupProblem = useAppState((s) => s.startupProblem);
  const foreignLock = useAppState((s) => s.foreignLock);
  if (foreignLock !== null) return <ForeignLockPrompt holder={foreignLock} />;
  if (startupProblem !== null) return <StartupProblem message={startupProblem} />;

  return (
    <div
      className={`app${dragging ? ' is-dropping' : ''}${inspectorHidden ? ' no-inspector' : ''}`}
      style={sideWidth === null ? undefined : ({ '--annotations-width': `${sideWidth}px` } as CSSProperties)}
    >
      <WorkbenchBar />
      <Library />
      <main className="workbench">
        <ProblemsNotice />
        <PendingFragments />
        <Alerts />
        {/* The panes stay mounted under the other views, so that their scroll positions survive. */}
        <div className={view === 'panes' ? 'pane-host' : 'pane-host is-hidden'}>
          <LayerBar />
          <PaneArea />
        </div>
        {view === 'matrix' && <ClaimsMatrix />}
        {view === 'sources' && <SourcesView />}
        {view === 'curation' && <CurationView />}
      </main>
      <SideColumn>
        {suggestionsOn && <SuggestionsPanel />}
        {(anyDifference || view === 'matrix') && <DifferencesPanel />}
        <AnnotationsPanel />
      </SideColumn>
      <FirstRunTour />
      <SpanPicker />
      {dialog === 'attribute' && <AttributeDialog />}
      {dialog === 'schema' && <SchemaDialog />}
      {dialog === 'shortcuts' && <ShortcutSheet />}
      {dialog === 'export' && <ExportDialog />}
      {dialog === 'report' && <ReportDialog />}
      {dialog === 'progress' && <AssignmentProgressDialog />}
      {dialog === 'preferences' && desktop && <PreferencesDialog desktop={desktop} />}
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          Drop files to import them
        </div>
      )}
    </div>
  );
}
