import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Help › Documentation opens the README that ships with the app (electron-builder copies README.md and
 * docs/ into the resources folder); from a checkout, the checkout's own.
 */
export function documentationFile(isPackaged: boolean, resourcesPath: string, sourceRoot: string): string | null {
  const file = isPackaged ? join(resourcesPath, 'docs', 'README.md') : join(sourceRoot, 'README.md');
  return existsSync(file) ? file : null;
}

export interface ProblemDetails {
  version: string;
  electron: string;
  platform: string;
  arch: string;
  workspaces: readonly string[];
  configFile: string;
  configProblems: readonly string[];
}

/** Help › Report a Problem…: what a report needs, ready to paste; no workspace content, only paths. */
export function problemReport(details: ProblemDetails): string {
  return [
    `Collate ${details.version} (Electron ${details.electron}) on ${details.platform} ${details.arch}`,
    `Open workspaces: ${details.workspaces.length === 0 ? 'none' : details.workspaces.join(', ')}`,
    `Settings file: ${details.configFile}`,
    ...(details.configProblems.length > 0
      ? ['Settings problems:', ...details.configProblems.map((p) => `  ${p}`)]
      : []),
    '',
    'What happened, and what you expected instead:',
    '',
  ].join('\n');
}

export interface ProblemReportShell {
  details(): Promise<ProblemDetails>;
  /** Shows the text with "Copy Details" and "Close"; the index of the button pressed. */
  show(text: string): Promise<number>;
  copy(text: string): void;
}

/** Help › Report a Problem…: shows the details and copies them when asked. */
export async function reportProblem(shell: ProblemReportShell): Promise<void> {
  const text = problemReport(await shell.details());
  if ((await shell.show(text)) === 0) shell.copy(text);
}
