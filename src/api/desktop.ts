import { z } from 'zod';
import { ReportTitle } from './contract';

/**
 * What only the desktop shell offers, beside the contract: saving the report as a PDF printed by
 * Electron. Its own IPC channel; the arguments are parsed in the main process, the answer in the renderer.
 */
export const SAVE_REPORT_PDF_CHANNEL = 'collate:save-report-pdf';

/** The report's title as the user typed it in the report dialog; the workspace's name when absent. */
export const SaveReportPdfArgs = z.object({ title: ReportTitle.optional() }).strict();

export const SaveReportPdfResult = z.object({
  /** False when the user closed the save dialog: nothing was written. */
  saved: z.boolean(),
  path: z.string().optional(),
  bytes: z.number().int().nonnegative().optional(),
});
export type SaveReportPdfResult = z.infer<typeof SaveReportPdfResult>;
