import { IMPORTABLE_EXTENSIONS } from '../../core/text-extraction/importable-formats';
import { ANNOTATED_ACCEPT } from '../state/import-chunks';
import { useActions, useAppState } from './app-context';
import { ImportButton } from './ImportButton';
import { ImportProgress } from './ImportProgress';

/** Every article format the importer takes, as the empty library names them: ".txt, .md, …". */
const ARTICLE_FORMATS = IMPORTABLE_EXTENSIONS.map((e) => `.${e}`).join(', ');

export function Library() {
  const actions = useActions();
  const documents = useAppState((s) => s.documents);
  const openIds = useAppState((s) => s.openIds);
  const importLines = useAppState((s) => s.importLines);
  const workspace = useAppState((s) => s.workspace);
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
      <h2 className="panel-title">Documents</h2>
      {documents.length === 0 && (
        <p className="hint">
          Import articles ({ARTICLE_FORMATS}) or annotated sets ({ANNOTATED_ACCEPT.split(',').join(', ')}: brat, Collate
          JSONL, Label Studio, doccano), or drop them on the window.
        </p>
      )}
      <ul className="document-list" aria-label="Documents">
        {documents.map((doc) => (
          <li key={doc.id}>
            <button
              type="button"
              className={openIds.includes(doc.id) ? 'document-button is-open' : 'document-button'}
              aria-current={openIds.includes(doc.id) ? 'true' : undefined}
              title={doc.source}
              onClick={() => void actions.openDocument(doc.id)}
            >
              {doc.title}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
