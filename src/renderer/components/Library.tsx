import { useMemo } from 'react';
import { IMPORTABLE_EXTENSIONS } from '../../core/text-extraction/importable-formats';
import { sampleArticleFiles } from '../lib/sample-articles';
import { ANNOTATED_ACCEPT } from '../state/import-chunks';
import { annotatorsNotLoaded, indexedAnnotatorTally } from '../state/article-layer';
import {
  assignmentsByDocument,
  spanCounts,
  tagFacet,
  viewReadsCounts,
  visibleDocuments,
  type CountsOf,
} from '../state/library-view';
import { useActions, useAppState } from './app-context';
import { CorpusSearchBox } from './CorpusSearchBox';
import { DocumentList } from './DocumentList';
import { ImportButton } from './ImportButton';
import { ImportProgress } from './ImportProgress';
import { LibraryFilters } from './LibraryFilters';
import { MyQueue } from './MyQueue';
import { SelectionTools } from './SelectionTools';
import { SuggestJobPanel } from './SuggestJobPanel';

/** Every article format the importer takes, as the empty library names them: ".txt, .md, …". */
const ARTICLE_FORMATS = IMPORTABLE_EXTENSIONS.map((e) => `.${e}`).join(', ');

const NO_COUNTS: CountsOf = () => undefined;

/** The library's banner after a removal or restore, with Undo while the removal is the last edit. */
function LibraryNotice() {
  const actions = useActions();
  const notice = useAppState((s) => s.libraryNotice);
  const undoName = useAppState((s) => s.undo.undoName);
  if (!notice) return null;
  // The notice's Undo stands for the library edit it reports, while that is still the last edit.
  const undoable = [
    ['Removed', 'remove ', 'Undo removal'],
    ['Tagged', 'tag ', 'Undo tagging'],
    ['Untagged', 'untag ', 'Undo untagging'],
    ['Assigned', 'assign ', 'Undo assignment'],
  ].find(([said, step]) => notice.startsWith(said!) && undoName?.startsWith(step!));
  return (
    <div className="library-notice" role="status" aria-label="Library notice">
      <span>{notice}</span>
      {undoable && (
        <button type="button" aria-label={undoable[2]} onClick={() => void actions.undo()}>
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
  const pending = useAppState((s) => s.documentsPending);
  const annotations = useAppState((s) => s.annotations);
  const documentCounts = useAppState((s) => s.documentCounts);
  const assignments = useAppState((s) => s.assignments);
  const view = useAppState((s) => s.library);
  const importLines = useAppState((s) => s.importLines);
  const workspace = useAppState((s) => s.workspace);
  const actions = useActions();
  const counts = useMemo(() => spanCounts(annotations, documentCounts), [annotations, documentCounts]);
  const assignmentsOf = useMemo(() => assignmentsByDocument(assignments.assignments), [assignments]);
  const facts = useMemo(
    () => ({ counts, assignments: assignmentsOf, me: assignments.me }),
    [counts, assignmentsOf, assignments.me],
  );
  // Opening a document loads its spans and so changes the counts: the rows are filtered and ordered
  // again then only if the view reads counts, so that opening costs what the document costs.
  const viewCounts = viewReadsCounts(view) ? counts : NO_COUNTS;
  const shown = useMemo(
    () => visibleDocuments(documents, view, { counts: viewCounts, assignments: assignmentsOf, me: assignments.me }),
    [documents, view, viewCounts, assignmentsOf, assignments.me],
  );
  const tags = useMemo(() => tagFacet(documents).map((t) => t.value), [documents]);
  const indexedAnnotators = useMemo(() => indexedAnnotatorTally(documentCounts), [documentCounts]);
  const annotators = useMemo(() => {
    const names = new Set([assignments.me, ...assignments.assignments.map((a) => a.annotator)]);
    for (const name of annotatorsNotLoaded({ annotations, documentCounts }, indexedAnnotators)) names.add(name);
    for (const spans of Object.values(annotations)) for (const span of spans) names.add(span.author);
    names.delete('');
    return [...names].sort();
  }, [annotations, documentCounts, indexedAnnotators, assignments]);
  const total = documents.length + pending;
  // Rows still on their way come after the ones here only while the list shows all of them in import order.
  const everyRowInOrder = shown.length === documents.length && view.sort === 'imported' && !view.descending;
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
      <SuggestJobPanel />
      <div className="import-results" role="status" aria-label="Import results">
        {importLines.map((line, i) => (
          <div key={i}>{line}</div>
        ))}
      </div>
      {documents.length > 0 && <CorpusSearchBox />}
      <h2 className="panel-title">Documents</h2>
      {documents.length === 0 ? (
        <div className="library-empty">
          <p className="hint">
            Import articles ({ARTICLE_FORMATS}) or annotated sets ({ANNOTATED_ACCEPT.split(',').join(', ')}: brat,
            Collate JSONL, Label Studio, doccano), or drop them on the window.
          </p>
          <p className="hint">
            New to Collate? Try it on three short invented reports of one event.{' '}
            <button type="button" onClick={() => void actions.importFiles(sampleArticleFiles())}>
              Add sample articles
            </button>
          </p>
        </div>
      ) : (
        <LibraryFilters documents={documents} facts={facts} />
      )}
      <MyQueue facts={facts} />
      <LibraryNotice />
      <SelectionTools selected={view.selected} tags={tags} annotators={annotators} />
      {documents.length > 0 && (
        <p className="library-count" role="status" aria-label="Documents shown">
          {shown.length === documents.length
            ? `${total} document${total === 1 ? '' : 's'}`
            : `${shown.length} of ${total} documents`}
          {shown.length === 0 && (
            <button type="button" className="link-button" onClick={() => actions.clearLibraryFilters()}>
              Clear filters
            </button>
          )}
        </p>
      )}
      <DocumentList documents={shown} counts={facts.counts} pending={everyRowInOrder ? pending : 0} />
    </nav>
  );
}
