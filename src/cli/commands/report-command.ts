import { extname, resolve } from 'node:path';
import { Command, Option } from 'commander';
import { ReportTitle } from '../../api/contract';
import { CollateError } from '../../core/collate-error';
import { makeReport, type ReportFileFormat } from '../../service/report/workspace-report';
import { checkReportDestination, writeFileAtomically } from '../../service/report/write-report';
import { WorkspaceService } from '../../service/workspace-service';
import { cancellable } from '../cancellable';

interface ReportFlags {
  format?: ReportFileFormat;
  out: string;
  force: boolean;
  title?: string;
}

const BY_EXTENSION: Record<string, ReportFileFormat> = {
  '.html': 'html',
  '.htm': 'html',
  '.md': 'md',
  '.markdown': 'md',
  '.pdf': 'pdf',
};

const progress = (message: string): void => {
  process.stderr.write(`${message}\n`);
};

const size = (bytes: number): string =>
  bytes < 1024
    ? `${bytes} bytes`
    : bytes < 1024 * 1024
      ? `${(bytes / 1024).toFixed(1)} KB`
      : `${(bytes / 1024 / 1024).toFixed(1)} MB`;

async function writeReport(dir: string, flags: ReportFlags): Promise<void> {
  const format = flags.format ?? BY_EXTENSION[extname(flags.out).toLowerCase()];
  if (!format)
    throw new CollateError(
      'report-format',
      `Which format? Pass --format html, md or pdf (${flags.out} does not end in .html, .md or .pdf).`,
    );
  const named = BY_EXTENSION[extname(flags.out).toLowerCase()];
  if (named && named !== format)
    process.stderr.write(`warning: writing a ${format} report to ${flags.out}, whose name says ${named}.\n`);
  const title = flags.title === undefined ? undefined : ReportTitle.safeParse(flags.title);
  if (title && !title.success)
    throw new CollateError('bad-title', `--title: ${title.error.issues[0]?.message ?? 'not a usable title.'}`);
  const cancelled = (): CollateError =>
    new CollateError('cancelled', `Cancelled; nothing was written to ${resolve(flags.out)}.`);
  await cancellable(
    async (signal) => {
      const service = await WorkspaceService.open(dir, { readOnly: true });
      const out = await checkReportDestination(flags.out, service.root, flags.force);
      progress(`Reading the workspace ${service.root}…`);
      let report;
      try {
        report = await makeReport(service, format, {
          signal,
          onProgress: progress,
          ...(title?.success ? { title: title.data } : {}),
        });
      } catch (error) {
        if (signal.aborted) throw cancelled();
        throw error;
      }
      if (signal.aborted) throw cancelled();
      for (const warning of report.model.warnings) process.stderr.write(`warning: ${warning}\n`);
      if (report.model.leftOut.length > 0) {
        process.stderr.write(
          `warning: ${report.model.leftOut.length} tagged span(s) no longer match their document and are listed under "Spans left out".\n`,
        );
      }
      progress(`Writing ${out}…`);
      await writeFileAtomically(out, report.content, signal);
      const m = report.model;
      const bytes = typeof report.content === 'string' ? Buffer.byteLength(report.content) : report.content.byteLength;
      const n = (count: number, one: string, many = `${one}s`): string => `${count} ${count === 1 ? one : many}`;
      const what =
        m.documents.length === 0
          ? 'nothing to report (the workspace has no documents)'
          : [
              n(m.documents.length, 'document'),
              n(m.claims.length, 'claim'),
              n(m.sources.length, 'source'),
              n(m.matrix.length, 'claim group'),
              n(m.discrepancies.length, 'discrepancy', 'discrepancies'),
            ].join(', ');
      process.stdout.write(
        `Wrote the ${format} report to ${out} (${size(bytes)}${report.pages ? `, ${report.pages} pages` : ''}): ${what}.\n`,
      );
    },
    () => progress('Cancelling…'),
  );
}

export const reportCommand = (): Command =>
  new Command('report')
    .description(
      'write a comparison report of a workspace: documents, claims matrix, claims, sources, discrepancies, charts',
    )
    .argument('<dir>', 'the workspace folder')
    .addOption(
      new Option(
        '--format <format>',
        'html (self-contained, prints well), md (Markdown) or pdf (printed by headless Chromium); default: from the --out extension',
      ).choices(['html', 'md', 'pdf']),
    )
    .requiredOption('--out <file>', 'the file to write (outside the workspace folder)')
    .option('--force', 'replace the file if it exists', false)
    .option('--title <title>', "the report's title (heading, page title, file name); default: the workspace's name")
    .addHelpText(
      'after',
      "\nProgress goes to stderr; Ctrl+C cancels and leaves nothing behind. PDF needs Chromium (COLLATE_CHROMIUM, Playwright's browser or /usr/bin/chromium).",
    )
    .action(async (dir: string, flags: ReportFlags) => writeReport(dir, flags));
