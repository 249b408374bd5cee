import { join } from 'node:path';
import { dialog, ipcMain, type BrowserWindow, type WebContents } from 'electron';
import { SAVE_REPORT_PDF_CHANNEL, SaveReportPdfArgs, type SaveReportPdfResult } from '../../src/api/desktop';
import { failureOf } from '../../src/api/envelope';
import { reportFileName } from '../../src/core/report/index';
import { fail, ok, type Result } from '../../src/core/result';
import { reportFooterText } from '../../src/service/report/pdf-footer';
import { renderWorkspaceReport } from '../../src/service/report/workspace-report';
import { checkReportDestination, writeFileAtomically } from '../../src/service/report/write-report';
import type { WorkspaceService } from '../../src/service/workspace-service';
import { trustedSender, type SenderCheck } from './ipc';
import { printHtmlToPdf } from './print-pdf';

export interface ReportPdfContext extends SenderCheck {
  serviceOf: (contents: WebContents) => WorkspaceService | null;
  /** Where the save dialog opens: the preferred export folder, else Documents. */
  exportFolder: () => Promise<string>;
}

/** Asks where to save, then prints the report there; the destination is written whole or not at all. */
async function saveReportPdf(
  service: WorkspaceService,
  window: BrowserWindow | undefined,
  context: ReportPdfContext,
  chosen: string | undefined,
): Promise<SaveReportPdfResult> {
  const title = chosen ?? service.info().name;
  const options = {
    title: 'Save the report as PDF',
    buttonLabel: 'Save PDF',
    defaultPath: join(await context.exportFolder(), reportFileName(title, 'pdf')),
    filters: [{ name: 'PDF', extensions: ['pdf'] }],
    properties: ['createDirectory', 'showOverwriteConfirmation'] as Array<
      'createDirectory' | 'showOverwriteConfirmation'
    >,
  };
  const picked = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
  if (picked.canceled || !picked.filePath) return { saved: false };
  // The save dialog has asked before replacing a file; the workspace's own folder is still refused.
  const target = await checkReportDestination(picked.filePath, service.root, true);
  const report = await renderWorkspaceReport(service, { format: 'html', title });
  const pdf = await printHtmlToPdf(report.content, reportFooterText(title));
  await writeFileAtomically(target, pdf);
  return { saved: true, path: target, bytes: pdf.byteLength };
}

/** The desktop shell's one call beside the contract: Report… › PDF…. Same sender check as the contract's channel. */
export function registerReportPdf(context: ReportPdfContext): () => void {
  ipcMain.handle(SAVE_REPORT_PDF_CHANNEL, async (event, args: unknown): Promise<Result<SaveReportPdfResult>> => {
    if (!trustedSender(event, context)) return fail('forbidden', 'This call did not come from the Collate window.');
    const parsed = SaveReportPdfArgs.safeParse(args ?? {});
    if (!parsed.success)
      return fail('bad-arguments', `Saving the report as PDF: ${parsed.error.issues[0]?.message ?? 'bad arguments'}.`);
    const service = context.serviceOf(event.sender);
    if (!service) return fail('no-workspace', 'No workspace is open.');
    try {
      return ok(await saveReportPdf(service, context.windowOf(event.sender), context, parsed.data.title));
    } catch (error) {
      return failureOf(error, { code: 'pdf-failed', context: 'The PDF could not be made' });
    }
  });
  return () => ipcMain.removeHandler(SAVE_REPORT_PDF_CHANNEL);
}
