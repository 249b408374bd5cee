import { buildReport } from './build-report';
import { renderReportHtml } from './render-html';
import { renderReportMarkdown } from './render-markdown';
import type { ReportFormat, ReportInput, ReportOptions } from './types';

export { buildReport, sourceKey } from './build-report';
export { renderReportHtml } from './render-html';
export { renderReportMarkdown } from './render-markdown';
export { escapeHtml, markdownCell, markdownInline } from './escape';
export type * from './types';

export interface ReportFile {
  fileName: string;
  mediaType: string;
  content: string;
  warnings: string[];
}

/** A file name from the report's title: letters, digits, dots, dashes and underscores only. */
export function reportFileName(title: string, extension: 'html' | 'md' | 'pdf'): string {
  const base = title
    .normalize('NFKD')
    .replace(/[^\w.-]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, 80);
  return `${base || 'collate'}-report.${extension}`;
}

/** The report of a workspace in one format, as one file for the caller to write or offer. */
export function renderReport(format: ReportFormat, input: ReportInput, options: ReportOptions): ReportFile {
  const model = buildReport(input, options);
  return format === 'html'
    ? {
        fileName: reportFileName(options.title, 'html'),
        mediaType: 'text/html; charset=utf-8',
        content: renderReportHtml(model),
        warnings: model.warnings,
      }
    : {
        fileName: reportFileName(options.title, 'md'),
        mediaType: 'text/markdown; charset=utf-8',
        content: renderReportMarkdown(model),
        warnings: model.warnings,
      };
}
