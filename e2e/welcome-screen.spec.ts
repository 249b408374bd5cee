/**
 * The desktop app's welcome window, shown by the real renderer in Chromium through the browser shell's
 * server with a stand-in for the desktop bridge (the Electron preload's `collateDesktop.welcome`):
 * the recent workspaces, missing ones marked and removable, New / Open Workspace…, all by keyboard.
 * Electron's own run of it (a launch naming no workspace) is in electron/main-process.test.ts.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { RecentWorkspace } from '../src/api/desktop';
import { expect, test } from './fixtures';

const RECENTS: RecentWorkspace[] = [
  { path: '/home/ana/Harbour study', name: 'Harbour study', openedAt: '2026-12-07T10:30:00.000Z', missing: false },
  { path: '/home/ana/Old ferry', name: 'Old ferry', openedAt: null, missing: true },
  { path: '/home/ana/Tide tables', name: 'Tide tables', openedAt: '2026-11-30T08:00:00.000Z', missing: false },
];

/** The main process as the welcome page sees it: answers from a list, and every request recorded. */
function installBridgeDouble(recents: RecentWorkspace[]): void {
  const log: unknown[] = [];
  let list = [...recents];
  (window as unknown as { welcomeRequests: unknown[] }).welcomeRequests = log;
  (window as unknown as { collateDesktop: unknown }).collateDesktop = {
    welcome: async (request: { action: string; path?: string }) => {
      log.push(request);
      if (request.action === 'forget') list = list.filter((recent) => recent.path !== request.path);
      if (request.action === 'choose')
        return {
          ok: false,
          error: {
            code: 'cannot-open',
            message: 'Collate could not open the workspace: /home/ana/Photos is not a Collate workspace.',
          },
        };
      const opened = request.action === 'open' ? (request.path ?? null) : null;
      return { ok: true, value: { recents: list, opened } };
    },
  };
}

async function openWelcome(page: Page, url: string): Promise<void> {
  await page.addInitScript(installBridgeDouble, RECENTS);
  await page.goto(`${url}&window=welcome`);
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Collate' })).toBeVisible();
}

const requests = (page: Page) =>
  page.evaluate(() => (window as unknown as { welcomeRequests: unknown[] }).welcomeRequests);

test('the welcome window lists recent workspaces and works by keyboard', async ({ shell, chromiumOnDemand }) => {
  const context = await (await chromiumOnDemand()).newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  try {
    await openWelcome(page, shell.url);
    const list = page.getByRole('list', { name: 'Recent workspaces' });
    await expect(list.getByRole('listitem')).toHaveCount(3);
    const harbour = page.getByRole('button', { name: 'Open Harbour study' });
    await expect(harbour).toHaveAccessibleDescription(/\/home\/ana\/Harbour study Last opened \S/);
    await expect(list.getByRole('listitem').nth(1)).toContainText('Missing: moved or deleted');
    await expect(page.getByRole('button', { name: 'Open Old ferry' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Open Tide tables' })).toBeVisible();

    // The newest workspace has the focus; ↓ moves to the missing one, whose only button removes it.
    await expect(harbour).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('button', { name: 'Remove Old ferry from the list' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status', { name: 'Welcome notice' })).toHaveText('Removed “Old ferry” from the list.');
    await expect(list.getByRole('listitem')).toHaveCount(2);
    await page.getByRole('button', { name: 'Open Tide tables' }).focus();
    await page.keyboard.press('Home');
    await expect(harbour).toBeFocused();

    // Open Workspace… on a folder that is not a workspace: the reason, in the page.
    await page.getByRole('button', { name: 'Open Workspace…' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('alert')).toHaveText(/\/home\/ana\/Photos is not a Collate workspace/);

    await harbour.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status', { name: 'Welcome notice' })).toHaveText('Opening the workspace…');
    expect(await requests(page)).toEqual([
      { action: 'list' },
      { action: 'forget', path: '/home/ana/Old ferry' },
      { action: 'choose' },
      { action: 'open', path: '/home/ana/Harbour study' },
    ]);
  } finally {
    await context.close();
  }
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe-core finds no serious or critical problem on the welcome window (${scheme})`, async ({
    shell,
    chromiumOnDemand,
  }) => {
    const context = await (
      await chromiumOnDemand()
    ).newContext({
      viewport: { width: 1280, height: 800 },
      colorScheme: scheme,
    });
    const page = await context.newPage();
    try {
      await openWelcome(page, shell.url);
      await expect(page.getByRole('button', { name: 'Open Harbour study' })).toBeFocused();
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
      const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    } finally {
      await context.close();
    }
  });
}
