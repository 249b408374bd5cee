import { SaveReportPdfResult } from '../../api/desktop';
import { readEnvelope } from '../../api/envelope';
import { fail, type Result } from '../../core/result';

// window.collateDesktop is declared in ./desktop-bridge.ts.

/** Whether this window can save a PDF itself (the desktop shell); the browser shell prints instead. */
export const canSaveReportPdf = (): boolean => typeof window.collateDesktop?.saveReportPdf === 'function';

/** Asks the desktop shell to print the report to a PDF where the user picks; the answer is checked before it is trusted. */
export async function saveReportPdf(title?: string): Promise<Result<SaveReportPdfResult>> {
  const call = window.collateDesktop?.saveReportPdf;
  if (!call) return fail('unknown-method', 'Only the desktop window can save a PDF; print the report instead.');
  let answer: unknown;
  try {
    answer = await call(title);
  } catch (error) {
    return fail(
      'transport',
      `The desktop shell could not be reached: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  return readEnvelope(
    answer,
    (value) => {
      const parsed = SaveReportPdfResult.safeParse(value);
      return parsed.success ? parsed.data : null;
    },
    "The desktop shell's answer",
  );
}
