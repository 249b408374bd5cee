/**
 * Workspaces like documents in the desktop window: two workspaces open in two windows, each showing
 * its own documents. Runs in the electron project wherever Electron's binary exists; skipped, with
 * the reason, elsewhere (the browser shell serves one workspace per server).
 */
import { _electron, test } from '@playwright/test';
import { join } from 'node:path';
import { App } from './app';
import { harbourLedger, tideTables } from './articles';
import { expect } from './fixtures';
import { createWorkspace, electronBinary, electronUnavailableReason, ROOT } from './launch';

test('two workspaces open in two windows, each with its own documents', async ({}, testInfo) => {
  testInfo.skip(testInfo.project.name !== 'electron', 'windows per workspace are the desktop shell’s');
  const reason = electronUnavailableReason();
  testInfo.skip(reason !== null, reason ?? '');
  const first = createWorkspace();
  const second = createWorkspace();
  const electronApp = await _electron.launch({
    executablePath: electronBinary()!,
    args: [
      join(ROOT, 'out', 'main', 'index.js'),
      '--workspace',
      first.dir,
      '--workspace',
      second.dir,
      `--user-data-dir=${join(first.dir, '..', 'user-data')}`,
    ],
    cwd: ROOT,
    env: { ...process.env, COLLATE_CONFIG_DIR: join(first.dir, '..', 'config') },
  });
  try {
    await expect.poll(() => electronApp.windows().length).toBe(2);
    const [one, two] = electronApp.windows().map((page) => new App(page));
    await one!.ready();
    await two!.ready();
    await one!.importFiles(harbourLedger.path);
    await two!.importFiles(tideTables.path);
    await expect(one!.documentList()).toContainText(harbourLedger.title);
    await expect(one!.documentList()).not.toContainText(tideTables.title);
    await expect(two!.documentList()).toContainText(tideTables.title);
    await expect(two!.documentList()).not.toContainText(harbourLedger.title);
    const titles = await electronApp.evaluate(({ BrowserWindow }) =>
      BrowserWindow.getAllWindows().map((window) => window.getTitle()),
    );
    expect(titles.sort()).toEqual(['Collate — study', 'Collate — study']);
  } finally {
    await electronApp.close();
    first.remove();
    second.remove();
  }
});
