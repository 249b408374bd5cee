import { useActions, useAppState } from './app-context';

/** One button per schema label; mousedown is cancelled so the text selection survives the click. */
export function LabelToolbar() {
  const actions = useActions();
  const labels = useAppState((s) => s.workspace?.schema.labels);
  return (
    <div className="label-toolbar" role="toolbar" aria-label="Labels">
      {(labels ?? []).map((label) => (
        <button
          key={label.name}
          type="button"
          className="label-button"
          style={{ borderColor: label.colour }}
          title={
            label.hotkey
              ? `Tag the selection as ${label.name} (key ${label.hotkey})`
              : `Tag the selection as ${label.name}`
          }
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => void actions.tagSelection(label.name)}
        >
          <span className="chip" style={{ backgroundColor: label.colour }} aria-hidden="true" />
          {label.name}
          {label.hotkey && (
            <kbd className="hotkey" aria-hidden="true">
              {label.hotkey}
            </kbd>
          )}
        </button>
      ))}
    </div>
  );
}
