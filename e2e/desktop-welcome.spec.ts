/**
 * The welcome window in the desktop app itself: a start naming no workspace lists the recent ones from
 * the user config, and Enter opens the newest in a workspace window that takes its place. Runs in the
 * electron project wherever Electron's binary exists; skipped, with the reason, elsewhere (the web
 * project checks the same page with a stand-in bridge in e2e/welcome-screen.spec.ts).
 */
import { _electron, test } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from './fixtures';
import { createWorkspace, electronBinary, electronUnavailableReason, ROOT } from './launch';

test('a start naming no workspace shows the recent ones, and Enter opens the newest', async ({}, testInfo) => {
  testInfo.skip(testInfo.project.name !== 'electron', 'the welcome window is the desktop shell’s');
  const reason = electronUnavailableReason();
  testInfo.skip(reason !== null, reason ?? '');
  const study = createWorkspace();
  const config = join(study.dir, '..', 'config');
  const gone = join(study.dir, '..', 'moved-away');
  mkdirSync(config, { recursive: true });
  writeFileSync(
    join(config, 'config.json'),
    JSON.stringify({
      recentWorkspaces: [study.dir, gone],
      recentOpenedAt: { [study.dir]: '2026-12-07T10:30:00.000Z' },
    }),
  );
  const electronApp = await _electron.launch({
    executablePath: electronBinary()!,
    args: [join(ROOT, 'out', 'main', 'index.js'), `--user-data-dir=${join(study.dir, '..', 'user-data')}`],
    cwd: ROOT,
    env: { ...process.env, COLLATE_CONFIG_DIR: config },
  });
  try {
    const page = await electronApp.firstWindow();
    await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Collate' })).toBeVisible();
    const list = page.getByRole('list', { name: 'Recent workspaces' });
    await expect(list.getByRole('listitem')).toHaveCount(2);
    await expect(list.getByRole('listitem').nth(1)).toContainText('Missing: moved or deleted');
    const open = page.getByRole('button', { name: 'Open study' });
    await expect(open).toBeFocused();
    await page.keyboard.press('Enter');
    await expect
      .poll(
        async () =>
          await electronApp.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().map((w) => w.getTitle())),
      )
      .toEqual(['Collate — study']);
  } finally {
    await electronApp.close();
    study.remove();
  }
});
