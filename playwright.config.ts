import { defineConfig } from '@playwright/test';

/**
 * Two projects run the same specs: `web` drives the browser shell (`collate serve`) in Chromium;
 * `electron` drives the desktop window, and skips every spec where Electron cannot run.
 * The `app` fixture (e2e/fixtures.ts) starts whichever the project names.
 */
export default defineConfig({
  testDir: './e2e',
  testMatch: '**/*.spec.ts',
  outputDir: './test-results',
  // Two shared cores: one worker, tests in file order.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  // `list`, plus one line per skipped test with its reason (e.g. Electron cannot run here).
  reporter: [['list'], ['./e2e/skip-reasons-reporter.ts']],
  timeout: 90_000,
  expect: {
    timeout: 10_000,
    // Screenshots are taken with Debian's Chromium and the Noto fonts (.ci/run installs them), no animations.
    toHaveScreenshot: { animations: 'disabled', caret: 'hide', scale: 'css', maxDiffPixelRatio: 0.002 },
  },
  // One baseline per screenshot and project, whatever the OS: CI on any Linux or a Mac finds the same files.
  snapshotPathTemplate: '{testDir}/screenshots/{testFileName}/{arg}-{projectName}{ext}',
  use: {
    trace: 'retain-on-failure',
    actionTimeout: 15_000,
  },
  projects: [{ name: 'web' }, { name: 'electron' }],
});
