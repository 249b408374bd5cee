import { escapeHtml } from '../../core/report/index';

/** The footer every report PDF carries, whichever browser prints it: the title, and page n / total. */
export function pdfFooterTemplate(text: string): string {
  return `<div style="font: 8px Helvetica, Arial, sans-serif; color: #666; width: 100%; padding: 0 12mm; display: flex; justify-content: space-between;"><span>${escapeHtml(text)}</span><span><span class="pageNumber"></span> / <span class="totalPages"></span></span></div>`;
}

/** The footer's text for a workspace's report. */
export const reportFooterText = (title: string): string => `${title.trim() || 'Collate workspace'} — comparison report`;
