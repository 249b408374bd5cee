import { useState } from 'react';
import { useActions, useAppState } from './app-context';

type Form = 'tag' | 'assign' | null;

/** A small form under the selection bar: one field (with suggestions) and its buttons. */
function SelectionForm({
  label,
  placeholder,
  suggestions,
  buttons,
}: {
  label: string;
  placeholder: string;
  suggestions: readonly string[];
  buttons: ReadonlyArray<{ name: string; run: (value: string) => Promise<void> }>;
}) {
  const [value, setValue] = useState('');
  const listId = `selection-form-${label.replace(/\W+/g, '-').toLowerCase()}`;
  return (
    <form
      className="selection-form"
      aria-label={label}
      onSubmit={(e) => {
        e.preventDefault();
        if (value.trim()) void buttons[0]!.run(value).then(() => setValue(''));
      }}
    >
      <input
        aria-label={label}
        list={listId}
        placeholder={placeholder}
        value={value}
        autoFocus
        maxLength={100}
        onChange={(e) => setValue(e.target.value)}
      />
      <datalist id={listId}>
        {suggestions.map((s) => (
          <option key={s} value={s} />
        ))}
      </datalist>
      {buttons.map((b, i) => (
        <button
          key={b.name}
          type={i === 0 ? 'submit' : 'button'}
          disabled={!value.trim()}
          onClick={i === 0 ? undefined : () => void b.run(value).then(() => setValue(''))}
        >
          {b.name}
        </button>
      ))}
    </form>
  );
}

/** What the selected documents can have done to them at once: tag, assign, mark done, remove, export. */
export function SelectionTools({
  selected,
  tags,
  annotators,
}: {
  selected: readonly string[];
  /** Tags the workspace uses, offered as you type. */
  tags: readonly string[];
  /** Annotators the workspace knows (spans, assignments, me), offered as you type. */
  annotators: readonly string[];
}) {
  const actions = useActions();
  const [form, setForm] = useState<Form>(null);
  const shown = useAppState((s) => s.library.selected.length > 0);
  const suggesting = useAppState((s) => s.suggestJob !== null);
  if (!shown) return null;
  const toggle = (next: Form): void => setForm(form === next ? null : next);
  return (
    <div className="selection-tools" role="toolbar" aria-label="Selected documents">
      <span className="selection-count">{selected.length} selected</span>
      <button type="button" className="link-button" onClick={() => actions.clearDocumentSelection()}>
        Clear selection
      </button>
      <button type="button" aria-expanded={form === 'tag'} onClick={() => toggle('tag')}>
        Tag…
      </button>
      <button type="button" aria-expanded={form === 'assign'} onClick={() => toggle('assign')}>
        Assign…
      </button>
      <button type="button" onClick={() => void actions.markDone(selected, true)}>
        Mark done
      </button>
      <button type="button" onClick={() => void actions.markDone(selected, false)}>
        Mark not done
      </button>
      <button type="button" onClick={() => void actions.removeDocuments(selected)}>
        Remove
      </button>
      <button type="button" onClick={() => actions.exportSelection()}>
        Export selection…
      </button>
      <button type="button" disabled={suggesting} onClick={() => void actions.suggestForDocuments(selected)}>
        Suggest for selection
      </button>
      {form === 'tag' && (
        <SelectionForm
          label="Tag"
          placeholder="A tag, e.g. ports"
          suggestions={tags}
          buttons={[
            { name: 'Add tag', run: (tag) => actions.tagDocuments(selected, tag) },
            { name: 'Remove tag', run: (tag) => actions.untagDocuments(selected, tag) },
          ]}
        />
      )}
      {form === 'assign' && (
        <SelectionForm
          label="Annotator"
          placeholder="An annotator's name"
          suggestions={annotators}
          buttons={[{ name: 'Assign', run: (name) => actions.assignDocuments(name, selected) }]}
        />
      )}
    </div>
  );
}
