import { launchTargets, openTargetOf, openTargetsInArgs, type OpenTarget } from './workspace-location';

/**
 * Where launches, second launches, files opened from the file manager and the dock lead: a workspace
 * window, a refusal naming the file, or the welcome window when nothing was named. Plain logic, so
 * each path is tested without Electron.
 */
export interface LaunchShell {
  /** Opens (or focuses) a workspace window; false when it could not (the shell has said why). */
  open(dir: string): Promise<boolean>;
  /** Tells the user why a file handed to Collate is not opened. */
  refuse(problem: string): void;
  /** Shows (or focuses) the welcome window. */
  welcome(): void;
  /** Focuses the last window there is; false when there is none. */
  focusAny(): boolean;
}

export class LaunchRouter {
  /** Files macOS hands over (open-file) before the app is ready. */
  private readonly pending: string[] = [];
  private ready = false;

  constructor(private readonly shell: LaunchShell) {}

  /** The first windows, once the app is ready: what was named, else the welcome window. */
  async start(argv: readonly string[], env: NodeJS.ProcessEnv): Promise<void> {
    this.ready = true;
    const targets = this.pending.length > 0 ? this.pending.map((path) => openTargetOf(path)) : launchTargets(argv, env);
    this.pending.length = 0;
    if ((await this.route(targets)) === 0) this.shell.welcome();
  }

  /** Another launch while Collate runs: open what it names, else bring Collate forward. */
  async secondInstance(argv: readonly string[], cwd: string): Promise<void> {
    const targets = openTargetsInArgs(argv.slice(1), cwd);
    if (targets.length === 0) {
      if (!this.shell.focusAny()) this.shell.welcome();
      return;
    }
    await this.route(targets);
  }

  /** macOS's open-file (a bundle or a collate.json): waits for start when the app is not ready yet. */
  async openFile(path: string): Promise<void> {
    if (!this.ready) {
      this.pending.push(path);
      return;
    }
    await this.route([openTargetOf(path)]);
  }

  /** The dock icon clicked with no window open (macOS): the welcome window. */
  activate(hasWindows: boolean): void {
    if (this.ready && !hasWindows) this.shell.welcome();
  }

  /** Opens each target in turn; returns how many workspace windows opened. */
  private async route(targets: readonly OpenTarget[]): Promise<number> {
    let opened = 0;
    for (const target of targets) {
      if ('refused' in target) this.shell.refuse(target.refused);
      else if (await this.shell.open(target.dir)) opened++;
    }
    return opened;
  }
}
