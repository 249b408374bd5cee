import { courier } from './articles';
import { expect, test } from './fixtures';

// Issue #16: a lock left by Collate on another computer is never taken over silently; the app asks.
const HOLDER = { pid: 4242, host: 'laptop-of-bea', since: '2026-01-02T03:04:05Z' };
test.use({ workspaceFiles: { '.collate.lock': JSON.stringify(HOLDER) }, opensWorkbench: false });

test('a workspace locked on another computer says who holds the lock and the risk, and opens once taken over', async ({
  app,
}) => {
  const prompt = app.lockPrompt();
  await expect(prompt).toBeVisible();
  const holder = prompt.getByRole('definition');
  await expect(holder.nth(0)).toHaveText('laptop-of-bea');
  await expect(holder.nth(1)).toHaveText('4242');
  await expect(prompt.locator('time')).toHaveAttribute('datetime', HOLDER.since);
  await expect(prompt).toContainText('lose its edits');

  await app.takeOverLock();
  await app.importFiles(courier.path);
  await expect(app.importResults()).toContainText('1 imported');
});

test('Cancel leaves the workspace and its lock to the other computer', async ({ app }) => {
  await app.declineLockTakeover();
  await expect(app.startupProblem()).toContainText('Nothing was changed');
  await expect(app.startupProblem()).toContainText('laptop-of-bea');
  // The lock was not taken: opening the page again asks again.
  await app.page.reload();
  await expect(app.lockPrompt()).toBeVisible();
});
