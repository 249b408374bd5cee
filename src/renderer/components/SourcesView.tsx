import { useEffect, useMemo, useState } from 'react';
import { useRowWindow } from '../hooks/use-row-window';
import { ATTRIBUTED_TO } from '../state/links';
import { buildSourceRows } from '../state/sources-view';
import { useActions, useAppState } from './app-context';

/** Past this many sources only the rows in view are drawn, each one line high (long lists of documents cut short). */
export const WINDOWED_FROM_ROWS = 200;
const ROW_HEIGHT = 32;

/** Every source: how many claims each supports, in which documents, named or anonymous. */
export function SourcesView() {
  const actions = useActions();
  const annotations = useAppState((s) => s.annotations);
  const relations = useAppState((s) => s.relations);
  const documents = useAppState((s) => s.documents);
  const schema = useAppState((s) => s.workspace?.schema);
  const rows = useMemo(() => {
    const labels = new Set(schema?.relationTypes.find((t) => t.name === ATTRIBUTED_TO)?.to ?? ['Source']);
    return buildSourceRows(Object.values(annotations).flat(), relations, (l) => labels.has(l));
  }, [annotations, relations, schema]);
  // The documents holding sources, and the claims attributed to them, are read when the view is shown.
  const [read, setRead] = useState(false);
  useEffect(() => {
    let live = true;
    void actions.loadSourcesView().then(() => live && setRead(true));
    return () => {
      live = false;
    };
  }, [actions, relations]);
  const titles = useMemo(() => new Map(documents.map((d) => [d.id, d.title])), [documents]);
  const titleOf = (id: string): string => titles.get(id) ?? id;
  const named = rows.filter((r) => r.naming === 'named').length;
  const anonymous = rows.filter((r) => r.naming === 'anonymous').length;
  const windowed = rows.length > WINDOWED_FROM_ROWS;
  // The view is the scrolling element, whether it shows the table or that it is reading.
  const { ref, window } = useRowWindow<HTMLElement>(windowed ? rows.length : 0, ROW_HEIGHT);
  const first = windowed ? window.first : 0;
  const shown = windowed ? rows.slice(window.first, window.end) : rows;
  if (!read) {
    return (
      <section className="view" aria-label="Sources" ref={ref}>
        <p className="hint" role="status">
          Reading the sources of every document…
        </p>
      </section>
    );
  }
  return (
    <section className="view" aria-label="Sources" ref={ref}>
      <p className="hint">
        {rows.length} source{rows.length === 1 ? '' : 's'}: {named} named, {anonymous} anonymous,{' '}
        {rows.length - named - anonymous} not set (the Source’s “named” or “kind” attribute).
      </p>
      <table
        className={windowed ? 'sources-table sources-windowed' : 'sources-table'}
        aria-label="Sources table"
        {...(windowed ? { 'aria-rowcount': rows.length + 1 } : {})}
      >
        {windowed && (
          <colgroup>
            <col className="sources-name" />
            <col className="sources-count" />
            <col className="sources-documents" />
            <col className="sources-naming" />
          </colgroup>
        )}
        <thead>
          <tr {...(windowed ? { 'aria-rowindex': 1 } : {})}>
            <th scope="col">Source</th>
            <th scope="col">Claims</th>
            <th scope="col">Documents</th>
            <th scope="col">Named</th>
          </tr>
        </thead>
        <tbody>
          {windowed && window.before > 0 && <Spacer height={window.before} />}
          {shown.map((row, k) => (
            <tr key={row.key} {...(windowed ? { 'aria-rowindex': first + k + 2, style: { height: ROW_HEIGHT } } : {})}>
              <th scope="row">
                <button type="button" className="link-target" onClick={() => void actions.jumpToSpan(row.spans[0]!.id)}>
                  {row.name}
                </button>
              </th>
              <td>{row.claims}</td>
              <td>{row.documentIds.map(titleOf).join('; ')}</td>
              <td>{row.naming}</td>
            </tr>
          ))}
          {windowed && window.after > 0 && <Spacer height={window.after} />}
        </tbody>
      </table>
    </section>
  );
}

/** A row standing for the rows not drawn above or below. */
function Spacer({ height }: { height: number }) {
  return (
    <tr aria-hidden="true" className="sources-spacer">
      <td colSpan={4} style={{ height }} />
    </tr>
  );
}
