import { useMemo } from 'react';
import { IMPORTABLE_EXTENSIONS } from '../../core/text-extraction/importable-formats';
import { ANNOTATED_ACCEPT } from '../state/import-chunks';
import { spanCounts, visibleDocuments } from '../state/library-view';
import { useActions, useAppState } from './app-context';
import { CorpusSearchBox } from './CorpusSearchBox';
import { DocumentList } from './DocumentList';
import { ImportButton } from './ImportButton';
import { ImportProgress } from './ImportProgress';
import { LibraryFilters } from './LibraryFilters';

/** Every article format the importer takes, as the empty library names them: ".txt, .md, …". */
const ARTICLE_FORMATS = IMPORTABLE_EXTENSIONS.map((e) => `.${e}`).join(', ');

/** What the selected documents can have done to them at once. */
function SelectionTools({ selected }: { selected: readonly string[] }) {
  const actions = useActions();
  if (selected.length === 0) return null;
  return (
    <div className="selection-tools" role="toolbar" aria-label="Selected documents">
      <span>{selected.length} selected</span>
      <button type="button" onClick={() => void actions.removeDocuments(selected)}>
        Remove
      </button>
      <button type="button" onClick={() => void actions.markDone(selected, true)}>
        Mark done
      </button>
      <button type="button" onClick={() => void actions.markDone(selected, false)}>
        Mark not done
      </button>
      <button type="button" onClick={() => actions.exportSelection()}>
        Export selection…
      </button>
      <button type="button" className="link-button" onClick={() => actions.clearDocumentSelection()}>
        Clear selection
      </button>
    </div>
  );
}

/** The library's banner after a removal or restore, with Undo while the removal is the last edit. */
function LibraryNotice() {
  const actions = useActions();
  const notice = useAppState((s) => s.libraryNotice);
  const canUndoRemoval = useAppState((s) => s.undo.undoName?.startsWith('remove ') ?? false);
  if (!notice) return null;
  return (
    <div className="library-notice" role="status" aria-label="Library notice">
      <span>{notice}</span>
      {canUndoRemoval && notice.startsWith('Removed') && (
        <button type="button" aria-label="Undo removal" onClick={() => void actions.undo()}>
          Undo
        </button>
      )}
      <button type="button" className="link-button" aria-label="Dismiss notice" onClick={actions.dismissLibraryNotice}>
        ×
      </button>
    </div>
  );
}

export function Library() {
  const documents = useAppState((s) => s.documents);
  const annotations = useAppState((s) => s.annotations);
  const documentCounts = useAppState((s) => s.documentCounts);
  const view = useAppState((s) => s.library);
  const importLines = useAppState((s) => s.importLines);
  const workspace = useAppState((s) => s.workspace);
  const actions = useActions();
  const counts = useMemo(() => spanCounts(annotations, documentCounts), [annotations, documentCounts]);
  const shown = useMemo(() => visibleDocuments(documents, view, counts), [documents, view, counts]);
  return (
    <nav className="library" aria-label="Library">
      <div className="library-head">
        <h1 className="app-name">Collate</h1>
        {workspace && (
          <p className="workspace-name" title={workspace.path}>
            {workspace.name}
          </p>
        )}
        <ImportButton />
      </div>
      <ImportProgress />
      <div className="import-results" role="status" aria-label="Import results">
        {importLines.map((line, i) => (
          <div key={i}>{line}</div>
        ))}
      </div>
      {documents.length > 0 && <CorpusSearchBox />}
      <h2 className="panel-title">Documents</h2>
      {documents.length === 0 ? (
        <p className="hint">
          Import articles ({ARTICLE_FORMATS}) or annotated sets ({ANNOTATED_ACCEPT.split(',').join(', ')}: brat, Collate
          JSONL, Label Studio, doccano), or drop them on the window.
        </p>
      ) : (
        <LibraryFilters documents={documents} counts={counts} />
      )}
      <LibraryNotice />
      <SelectionTools selected={view.selected} />
      {documents.length > 0 && (
        <p className="library-count" role="status" aria-label="Documents shown">
          {shown.length === documents.length
            ? `${documents.length} document${documents.length === 1 ? '' : 's'}`
            : `${shown.length} of ${documents.length} documents`}
          {shown.length === 0 && (
            <button type="button" className="link-button" onClick={() => actions.clearLibraryFilters()}>
              Clear filters
            </button>
          )}
        </p>
      )}
      <DocumentList documents={shown} counts={counts} />
    </nav>
  );
}
