/** Exports and reports: JSONL, the dataset dialog, the report dialog, and cancelling a slow job. */
import { readFile } from 'node:fs/promises';
import type { Download, Locator } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import type { ExportedRecord } from './types';
import { ViewSteps } from './views';

export class ExportSteps extends ViewSteps {
  /** Clicks "Export JSONL" and returns the downloaded file's records. */
  async exportJsonl(): Promise<{ fileName: string; records: ExportedRecord[] }> {
    const download = this.page.waitForEvent('download');
    await this.toolbarCommand('Export JSONL');
    const file = await download;
    const path = await file.path();
    const content = await readFile(path, 'utf8');
    const records = content
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as ExportedRecord);
    return { fileName: file.suggestedFilename(), records };
  }

  exportDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Export dataset' });
  }

  /**
   * Opens "Export dataset…", picks the format (and a split, when given), presses Export and
   * returns the downloaded zip's files (path → text) and the dialog's "Export warnings".
   */
  async exportDataset(
    format: string,
    options: { split?: { train: number; dev: number; test: number; seed: string }; layer?: string } = {},
  ): Promise<{ fileName: string; files: Record<string, string>; warnings: string }> {
    await this.toolbarCommand('Export dataset…');
    const dialog = this.exportDialog();
    await this.expect(dialog).toBeVisible();
    const picker = dialog.getByRole('combobox', { name: 'Format' });
    await this.expect(picker).toBeEnabled();
    await picker.selectOption(format);
    if (options.layer) await dialog.getByRole('combobox', { name: 'Layer' }).selectOption(options.layer);
    if (options.split) {
      await dialog.getByRole('checkbox', { name: 'Split into train / dev / test' }).check();
      await dialog.getByRole('spinbutton', { name: 'Train share' }).fill(String(options.split.train));
      await dialog.getByRole('spinbutton', { name: 'Dev share' }).fill(String(options.split.dev));
      await dialog.getByRole('spinbutton', { name: 'Test share' }).fill(String(options.split.test));
      await dialog.getByRole('textbox', { name: 'Seed' }).fill(options.split.seed);
    }
    const download = this.page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    const file = await download;
    const bytes = new Uint8Array(await readFile(await file.path()));
    const files = Object.fromEntries(Object.entries(unzipSync(bytes)).map(([path, data]) => [path, strFromU8(data)]));
    const warnings = dialog.getByRole('status', { name: 'Export warnings' });
    await this.expect(warnings).toBeVisible();
    const text = await warnings.innerText();
    await dialog.getByRole('button', { name: 'Close', exact: true }).click();
    await this.expect(dialog).toHaveCount(0);
    return { fileName: file.suggestedFilename(), files, warnings: text };
  }

  /** Opens "Report…", gives it a title when asked, presses HTML or Markdown, and returns the downloaded report. */
  async downloadReport(format: 'html' | 'md', title?: string): Promise<{ fileName: string; content: string }> {
    await this.toolbarCommand('Report…');
    const dialog = this.page.getByRole('dialog', { name: 'Report' });
    await this.expect(dialog).toBeVisible();
    if (title !== undefined) await dialog.getByRole('textbox', { name: 'Title' }).fill(title);
    const download = this.page.waitForEvent('download');
    await dialog.getByRole('button', { name: format === 'html' ? 'HTML' : 'Markdown', exact: true }).click();
    const file = await download;
    const content = await readFile(await file.path(), 'utf8');
    await dialog.getByRole('button', { name: 'Close', exact: true }).click();
    await this.expect(dialog).toHaveCount(0);
    return { fileName: file.suggestedFilename(), content };
  }

  /**
   * Holds back the service's answers about export jobs for `ms` each, as on a big workspace: the
   * job's progress stays on screen long enough to be seen and cancelled. Browser shell only (HTTP).
   * Returns the function that lets answers through again.
   */
  private async slowJobs(ms: number): Promise<() => Promise<void>> {
    const pattern = '**/api/jobStatus';
    await this.page.route(pattern, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, ms));
      await route.continue().catch(() => undefined);
    });
    return () => this.page.unroute(pattern);
  }

  /**
   * Starts an export or a report from its dialog on a (made) slow service, reads its progress bar,
   * presses Cancel and waits past the moment the result would have arrived. Returns what the bar
   * said, how many downloads happened and how many alerts showed (none of either, when Cancel works).
   */
  async startThenCancel(
    what: { dataset: string } | { report: 'html' | 'md' },
  ): Promise<{ progress: string; downloads: number; alerts: number }> {
    const HELD_MS = 1500;
    const downloads: Download[] = [];
    const onDownload = (download: Download): void => void downloads.push(download);
    this.page.on('download', onDownload);
    const release = await this.slowJobs(HELD_MS);
    const isDataset = 'dataset' in what;
    const dialog = isDataset ? this.exportDialog() : this.page.getByRole('dialog', { name: 'Report' });
    let progress = '';
    let alerts = 0;
    try {
      await this.toolbarCommand(isDataset ? 'Export dataset…' : 'Report…');
      await this.expect(dialog).toBeVisible();
      if (isDataset) {
        const picker = dialog.getByRole('combobox', { name: 'Format' });
        await this.expect(picker).toBeEnabled();
        await picker.selectOption(what.dataset);
        await dialog.getByRole('button', { name: 'Export', exact: true }).click();
      } else {
        await dialog.getByRole('button', { name: what.report === 'html' ? 'HTML' : 'Markdown', exact: true }).click();
      }
      const bar = dialog.getByRole('progressbar', { name: isDataset ? 'Export progress' : 'Report progress' });
      await this.expect(bar).toBeVisible();
      progress = (await bar.getAttribute('aria-valuetext')) ?? '';
      await dialog.getByRole('button', { name: 'Cancel', exact: true }).click();
      await this.expect(
        dialog.getByRole('status', { name: isDataset ? 'Export cancelled' : 'Report cancelled' }),
      ).toBeVisible();
      await this.expect(bar).toHaveCount(0);
      // Past the held answer: a result arriving after Cancel must not be downloaded.
      await this.page.waitForTimeout(HELD_MS + 1000);
      alerts = await this.alerts().count();
    } finally {
      await release();
      this.page.off('download', onDownload);
    }
    await dialog.getByRole('button', { name: 'Close', exact: true }).click();
    await this.expect(dialog).toHaveCount(0);
    return { progress, downloads: downloads.length, alerts };
  }
}
