import { useEffect, useMemo, useState } from 'react';
import { ATTRIBUTED_TO } from '../state/links';
import { buildSourceRows } from '../state/sources-view';
import { useActions, useAppState } from './app-context';

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
  const titleOf = (id: string): string => documents.find((d) => d.id === id)?.title ?? id;
  const named = rows.filter((r) => r.naming === 'named').length;
  const anonymous = rows.filter((r) => r.naming === 'anonymous').length;
  if (!read) {
    return (
      <section className="view" aria-label="Sources">
        <p className="hint" role="status">
          Reading the sources of every document…
        </p>
      </section>
    );
  }
  return (
    <section className="view" aria-label="Sources">
      <p className="hint">
        {rows.length} source{rows.length === 1 ? '' : 's'}: {named} named, {anonymous} anonymous,{' '}
        {rows.length - named - anonymous} not set (the Source’s “named” or “kind” attribute).
      </p>
      <table className="sources-table" aria-label="Sources table">
        <thead>
          <tr>
            <th scope="col">Source</th>
            <th scope="col">Claims</th>
            <th scope="col">Documents</th>
            <th scope="col">Named</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
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
        </tbody>
      </table>
    </section>
  );
}
