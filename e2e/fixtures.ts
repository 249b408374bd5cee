/**
 * The `app` fixture: a fresh workspace and Collate running on it, in the browser shell (project
 * `web`) or the desktop window (project `electron`), seen through the App helper.
 */
import { _electron, chromium, test as base, type Browser } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { App } from './app';
import {
  chromiumLaunchOptions,
  createWorkspace,
  electronBinary,
  electronUnavailableReason,
  ROOT,
  startBrowserShell,
  type BrowserShell,
} from './launch';

export { expect } from '@playwright/test';

type ShellKind = 'web' | 'electron';

interface TestFixtures {
  /** Files written into the new workspace before Collate opens it (relative path → content), e.g. a damaged one. */
  workspaceFiles: Readonly<Record<string, string>>;
  /** Whether the `app` fixture waits for the workbench (false when the test expects a page before it). */
  opensWorkbench: boolean;
  /** Whether Collate starts as for a new user (the first-run tour shows); off by default, as for a returning one. */
  firstRun: boolean;
  /** Collate on a new, empty workspace. */
  app: App;
  /** The browser shell's server alone, on a new workspace (web project only). */
  shell: BrowserShell;
}

interface WorkerFixtures {
  /** Launches this worker's Chromium on first use, so the electron project never starts one. */
  chromiumOnDemand: () => Promise<Browser>;
}

function shellKind(projectName: string): ShellKind {
  return projectName === 'electron' ? 'electron' : 'web';
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  chromiumOnDemand: [
    async ({}, use) => {
      const launched: { browser?: Promise<Browser> } = {};
      await use(() => (launched.browser ??= chromium.launch(chromiumLaunchOptions())));
      if (launched.browser) await (await launched.browser).close();
    },
    { scope: 'worker' },
  ],

  workspaceFiles: [{}, { option: true }],
  opensWorkbench: [true, { option: true }],
  firstRun: [false, { option: true }],

  shell: async ({}, use, testInfo) => {
    testInfo.skip(
      shellKind(testInfo.project.name) === 'electron',
      "checks the browser shell's HTTP server; the desktop window has no server",
    );
    const workspace = createWorkspace();
    let shell: BrowserShell | null = null;
    try {
      shell = await startBrowserShell(workspace.dir);
      await use(shell);
    } finally {
      await shell?.stop();
      workspace.remove();
    }
  },

  app: async ({ chromiumOnDemand, workspaceFiles, opensWorkbench, firstRun }, use, testInfo) => {
    const prepareWorkspace = (dir: string): void => {
      for (const [path, content] of Object.entries(workspaceFiles)) {
        mkdirSync(dirname(join(dir, path)), { recursive: true });
        writeFileSync(join(dir, path), content);
      }
    };
    if (shellKind(testInfo.project.name) === 'electron') {
      const reason = electronUnavailableReason();
      testInfo.skip(reason !== null, reason ?? '');
      const workspace = createWorkspace();
      prepareWorkspace(workspace.dir);
      const electronApp = await _electron.launch({
        executablePath: electronBinary()!,
        args: [
          join(ROOT, 'out', 'main', 'index.js'),
          '--workspace',
          workspace.dir,
          `--user-data-dir=${join(workspace.dir, '..', 'user-data')}`,
        ],
        cwd: ROOT,
        // Recent workspaces and window places go to the run's own settings file, not the developer's.
        env: { ...process.env, COLLATE_CONFIG_DIR: join(workspace.dir, '..', 'config') },
      });
      try {
        const page = await electronApp.firstWindow();
        const app = new App(page);
        if (opensWorkbench) {
          await app.ready();
          if (!firstRun) {
            await page.evaluate(() => localStorage.setItem('collate.tourSeen', '1'));
            await page.reload();
            await app.ready();
          }
        }
        await use(app);
      } finally {
        await electronApp.close();
        workspace.remove();
      }
      return;
    }

    const workspace = createWorkspace();
    prepareWorkspace(workspace.dir);
    let shell: BrowserShell | null = null;
    try {
      shell = await startBrowserShell(workspace.dir);
      const browser = await chromiumOnDemand();
      const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1400, height: 900 } });
      if (!firstRun) await context.addInitScript(() => localStorage.setItem('collate.tourSeen', '1'));
      try {
        const page = await context.newPage();
        await page.goto(shell.url);
        const app = new App(page);
        if (opensWorkbench) await app.ready();
        await use(app);
      } finally {
        await context.close();
      }
    } catch (error) {
      if (shell && error instanceof Error) error.message += `\n\nServer output:\n${shell.output()}`;
      throw error;
    } finally {
      await shell?.stop();
      workspace.remove();
    }
  },
});
