import { X } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { formToSchema, schemaToForm, type SchemaForm } from '../state/schema-form';
import { useActions, useAppState } from './app-context';
import { Modal } from './Modal';

/** The workspace's labels (name, colour, hotkey, attributes) and relation types, edited together and saved at once. */
export function SchemaDialog() {
  const actions = useActions();
  const schema = useAppState((s) => s.workspace?.schema);
  const [form, setForm] = useState<SchemaForm>(() => schemaToForm(schema ?? { labels: [], relationTypes: [] }));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);

  const edit = (change: (f: SchemaForm) => void): void =>
    setForm((f) => {
      const next = structuredClone(f);
      change(next);
      return next;
    });
  const close = (): void => actions.openDialog(null);

  return (
    <Modal label="Label schema" className="schema-dialog" onClose={close}>
      <h2 className="modal-title">Label schema</h2>
      <h3 className="inspector-heading">Labels</h3>
      <table className="schema-table">
        <thead>
          <tr>
            <th>Name</th>
            <th>Colour</th>
            <th>Key</th>
            <th>Attributes (name: value, value; …)</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {form.labels.map((row, i) => (
            <tr key={i}>
              <td>
                <input
                  ref={i === 0 ? first : undefined}
                  aria-label={`Label ${i + 1} name`}
                  value={row.name}
                  onChange={(e) => {
                    const v = e.currentTarget.value;
                    edit((f) => void (f.labels[i]!.name = v));
                  }}
                />
              </td>
              <td>
                <input
                  type="color"
                  aria-label={`Label ${i + 1} colour`}
                  value={row.colour}
                  onChange={(e) => {
                    const v = e.currentTarget.value;
                    edit((f) => void (f.labels[i]!.colour = v));
                  }}
                />
              </td>
              <td>
                <input
                  className="narrow"
                  aria-label={`Label ${i + 1} hotkey`}
                  maxLength={1}
                  value={row.hotkey}
                  onChange={(e) => {
                    const v = e.currentTarget.value;
                    edit((f) => void (f.labels[i]!.hotkey = v));
                  }}
                />
              </td>
              <td>
                <input
                  className="wide"
                  aria-label={`Label ${i + 1} attributes`}
                  value={row.attributes}
                  onChange={(e) => {
                    const v = e.currentTarget.value;
                    edit((f) => void (f.labels[i]!.attributes = v));
                  }}
                />
              </td>
              <td>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={`Remove label ${row.name || i + 1}`}
                  onClick={() => edit((f) => void f.labels.splice(i, 1))}
                >
                  <X aria-hidden="true" size={16} strokeWidth={1.75} />
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button
        type="button"
        className="button"
        onClick={() => edit((f) => void f.labels.push({ name: '', colour: '#8e44ad', hotkey: '', attributes: '' }))}
      >
        Add label
      </button>

      <h3 className="inspector-heading">Relation types</h3>
      <table className="schema-table">
        <thead>
          <tr>
            <th>Name</th>
            <th>From labels</th>
            <th>To labels</th>
            <th>Symmetric</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {form.relationTypes.map((row, i) => (
            <tr key={i}>
              <td>
                <input
                  aria-label={`Relation type ${i + 1} name`}
                  value={row.name}
                  onChange={(e) => {
                    const v = e.currentTarget.value;
                    edit((f) => void (f.relationTypes[i]!.name = v));
                  }}
                />
              </td>
              <td>
                <input
                  aria-label={`Relation type ${i + 1} from`}
                  value={row.from}
                  onChange={(e) => {
                    const v = e.currentTarget.value;
                    edit((f) => void (f.relationTypes[i]!.from = v));
                  }}
                />
              </td>
              <td>
                <input
                  aria-label={`Relation type ${i + 1} to`}
                  value={row.to}
                  onChange={(e) => {
                    const v = e.currentTarget.value;
                    edit((f) => void (f.relationTypes[i]!.to = v));
                  }}
                />
              </td>
              <td>
                <input
                  type="checkbox"
                  aria-label={`Relation type ${i + 1} symmetric`}
                  checked={row.symmetric}
                  onChange={(e) => {
                    const v = e.currentTarget.checked;
                    edit((f) => void (f.relationTypes[i]!.symmetric = v));
                  }}
                />
              </td>
              <td>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={`Remove relation type ${row.name || i + 1}`}
                  onClick={() => edit((f) => void f.relationTypes.splice(i, 1))}
                >
                  <X aria-hidden="true" size={16} strokeWidth={1.75} />
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button
        type="button"
        className="button"
        onClick={() => edit((f) => void f.relationTypes.push({ name: '', from: '', to: '', symmetric: false }))}
      >
        Add relation type
      </button>

      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="modal-actions">
        <button type="button" className="button" onClick={close}>
          Cancel
        </button>
        <button
          type="button"
          className="button primary"
          disabled={busy}
          onClick={() => {
            const parsed = formToSchema(form);
            if (!parsed.ok) return setError(parsed.error);
            setBusy(true);
            void actions.updateSchema(parsed.value).then((refusal) => {
              setBusy(false);
              if (refusal) setError(refusal);
              else close();
            });
          }}
        >
          Save schema
        </button>
      </div>
    </Modal>
  );
}
