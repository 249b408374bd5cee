import { useEffect, useRef, useState, type FormEvent } from 'react';
import { LINE_WIDTH, TEXT_SIZE, THEMES, type Preferences, type Theme } from '../../api/desktop';
import type { DesktopBridge } from '../api/desktop-bridge';
import { useActions } from './app-context';
import { Modal } from './Modal';

const THEME_NAMES: Record<Theme, string> = { system: 'As the system', light: 'Light', dark: 'Dark' };

/** The desktop window's Preferences: who annotates, theme, article text, where exports go first. */
export function PreferencesDialog({ desktop }: { desktop: DesktopBridge }) {
  const actions = useActions();
  const [draft, setDraft] = useState<Preferences | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const first = useRef<HTMLInputElement>(null);
  const close = (): void => actions.openDialog(null);

  useEffect(() => {
    void desktop.getPreferences().then((answer) => {
      if (answer.ok) setDraft(answer.value);
      else setProblem(answer.error.message);
    });
  }, [desktop]);
  const loaded = draft !== null;
  useEffect(() => {
    if (loaded) first.current?.focus();
  }, [loaded]);

  const change = <K extends keyof Preferences>(key: K, value: Preferences[K]): void =>
    setDraft((current) => (current ? { ...current, [key]: value } : current));

  const save = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (!draft) return;
    setSaving(true);
    const answer = await desktop.setPreferences({ ...draft, exportFolder: draft.exportFolder.trim() });
    setSaving(false);
    if (answer.ok) close();
    else setProblem(answer.error.message);
  };

  return (
    <Modal label="Preferences" className="preferences-dialog" onClose={close}>
      <h2 className="modal-title">Preferences</h2>
      {!draft && !problem && <p className="hint">Loading the preferences…</p>}
      {draft && (
        <form className="preferences-form" onSubmit={(event) => void save(event)}>
          <label className="field">
            Annotator name
            <input
              ref={first}
              value={draft.annotator}
              maxLength={100}
              onChange={(e) => change('annotator', e.currentTarget.value)}
            />
          </label>
          <label className="field">
            Theme
            <select value={draft.theme} onChange={(e) => change('theme', e.currentTarget.value as Theme)}>
              {THEMES.map((theme) => (
                <option key={theme} value={theme}>
                  {THEME_NAMES[theme]}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            Article text size (pixels)
            <input
              type="number"
              min={TEXT_SIZE.min}
              max={TEXT_SIZE.max}
              value={draft.textSize}
              onChange={(e) => change('textSize', e.currentTarget.valueAsNumber)}
            />
          </label>
          <label className="field">
            Line width (characters)
            <input
              type="number"
              min={LINE_WIDTH.min}
              max={LINE_WIDTH.max}
              value={draft.lineWidth}
              onChange={(e) => change('lineWidth', e.currentTarget.valueAsNumber)}
            />
          </label>
          <label className="field">
            Export folder (a full path; empty for Documents)
            <input value={draft.exportFolder} onChange={(e) => change('exportFolder', e.currentTarget.value)} />
          </label>
          <p className="hint">There is no autosave interval: every edit is on disk the moment Collate says Saved.</p>
          {problem && (
            <p className="form-error" role="alert">
              {problem}
            </p>
          )}
          <div className="modal-actions">
            <button type="submit" className="button primary" disabled={saving}>
              Save
            </button>
            <button type="button" className="button" onClick={close}>
              Cancel
            </button>
          </div>
        </form>
      )}
      {!draft && problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
    </Modal>
  );
}
