import { basename } from 'node:path';
import { openTargetOf, needsInit } from './workspace-location';

/**
 * File › New Workspace…, Open Workspace…, Open Recent and Import…, and the same buttons of the welcome
 * window: plain logic over what the shell gives it (dialogs, the window registry), so it is tested
 * without Electron. Each says what happened; the caller shows a failure where the user asked.
 */

/** How an attempt to open a workspace ended: opened, cancelled in the folder dialog, or refused with a reason. */
export type OpenOutcome = { opened: string } | { cancelled: true } | { problem: string; title: string };

export interface FileCommandShell {
  /** A folder dialog; null when cancelled. */
  pickFolder(title: string, buttonLabel: string): Promise<string | null>;
  /** A dialog for files to import; empty when cancelled. */
  pickFiles(): Promise<string[]>;
  readFile(path: string): Uint8Array;
  /** Opens (or focuses) the workspace's window; throws with a message for the user when it cannot. */
  openWindow(dir: string): Promise<void>;
  initWorkspace(dir: string): Promise<unknown>;
  /** Takes a workspace that could not be opened off the recent list. */
  forgetRecent(dir: string): Promise<void>;
  /** Hands picked files to the focused workspace window; false when there is none. */
  sendFiles(files: Array<{ name: string; bytes: Uint8Array }>): boolean;
}

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

export class FileCommands {
  constructor(private readonly shell: FileCommandShell) {}

  /** Opens a workspace folder (or a path naming one); one that cannot open leaves the recent list. */
  async open(path: string): Promise<OpenOutcome> {
    const target = openTargetOf(path);
    if ('refused' in target) return { problem: target.refused, title: 'Collate could not open the file' };
    try {
      await this.shell.openWindow(target.dir);
      return { opened: target.dir };
    } catch (error) {
      await this.shell.forgetRecent(target.dir).catch(() => undefined);
      return { problem: message(error), title: 'Collate could not open the workspace' };
    }
  }

  /** New Workspace…: an empty (or new) folder becomes a workspace; an existing workspace just opens. */
  async newWorkspace(): Promise<OpenOutcome> {
    const dir = await this.shell.pickFolder('Choose an empty folder for the new workspace', 'Create Workspace');
    if (!dir) return { cancelled: true };
    if (needsInit(dir)) {
      try {
        await this.shell.initWorkspace(dir);
      } catch (error) {
        return { problem: `${dir}\n\n${message(error)}`, title: 'Collate could not create the workspace' };
      }
    }
    return this.open(dir);
  }

  /** Open Workspace…: a workspace folder (a bundle, or the folder of a picked collate.json). */
  async chooseWorkspace(): Promise<OpenOutcome> {
    const dir = await this.shell.pickFolder('Open a Collate workspace', 'Open Workspace');
    return dir ? this.open(dir) : { cancelled: true };
  }

  /** Import…: the files are picked and read here, then handed to the workbench, which imports them. */
  async importFiles(): Promise<void> {
    const paths = await this.shell.pickFiles();
    if (paths.length === 0) return;
    this.shell.sendFiles(paths.map((path) => ({ name: basename(path), bytes: this.shell.readFile(path) })));
  }
}
