import { existsSync } from 'node:fs';
import { TEXT_SIZE, type Preferences, type PreferencesPatch, type Theme } from '../../src/api/desktop';

/**
 * Preferences as the desktop app applies them: stored in the user config file, the theme given to
 * the system, every window told, the open workspaces' annotator changed. Plain logic over `shell`.
 */
export interface PreferencesShell {
  read(): Promise<Preferences>;
  update(patch: PreferencesPatch): Promise<Preferences>;
  /** The annotator who signs edits (COLLATE_ANNOTATOR still wins over the file, as for the command line). */
  resolveAnnotator(): Promise<string>;
  /** Each open workspace takes the new name for its next edits. */
  setAuthor(annotator: string): void;
  /** nativeTheme.themeSource. */
  setThemeSource(theme: Theme): void;
  /** Tells every window (theme and text size apply at once). */
  broadcast(preferences: Preferences): void;
  /** The menu shows the theme chosen. */
  changed(): void;
  /** The Documents folder, where exports go when no folder is set or it is gone. */
  documents(): string;
}

export class PreferencesController {
  private currentTheme: Theme = 'system';

  constructor(private readonly shell: PreferencesShell) {}

  theme(): Theme {
    return this.currentTheme;
  }

  /** Reads the stored theme at start and hands it to the system. */
  async load(): Promise<Preferences> {
    const preferences = await this.shell.read();
    this.applyTheme(preferences.theme);
    return preferences;
  }

  async change(patch: PreferencesPatch): Promise<Preferences> {
    const preferences = await this.shell.update(patch);
    if (patch.annotator !== undefined) this.shell.setAuthor(await this.shell.resolveAnnotator());
    this.applyTheme(preferences.theme);
    this.shell.broadcast(preferences);
    this.shell.changed();
    return preferences;
  }

  /** View › Bigger / Smaller (one step of 2 px, within bounds) / Default Article Text. */
  async changeTextSize(step: 1 | -1 | 0): Promise<Preferences> {
    const { textSize } = await this.shell.read();
    const next = step === 0 ? TEXT_SIZE.default : Math.min(TEXT_SIZE.max, Math.max(TEXT_SIZE.min, textSize + step * 2));
    return this.change({ textSize: next });
  }

  /** Where export and report dialogs open: the preferred folder while it exists, else Documents. */
  async exportFolder(): Promise<string> {
    const { exportFolder: folder } = await this.shell.read();
    return folder && existsSync(folder) ? folder : this.shell.documents();
  }

  private applyTheme(theme: Theme): void {
    this.currentTheme = theme;
    this.shell.setThemeSource(theme);
  }
}
