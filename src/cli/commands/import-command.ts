import { Command } from 'commander';
import type { AnnotatedImportOutcome } from '../../service/annotation-import/index';
import { WorkspaceService } from '../../service/workspace-service';
import { collectImportFiles } from '../read-import-file';

function describe(outcome: AnnotatedImportOutcome): string {
  switch (outcome.status) {
    case 'imported': {
      const counts =
        outcome.spans !== undefined ? ` (${outcome.spans} spans, ${outcome.relations ?? 0} relations)` : '';
      return `imported   ${outcome.file} → ${outcome.document.id} "${outcome.document.title}"${counts}`;
    }
    case 'duplicate':
      return `duplicate  ${outcome.file}: skipped, ${outcome.reason}`;
    case 'failed':
      return `failed     ${outcome.file}: ${outcome.reason}`;
    case 'skipped':
      return `skipped    ${outcome.file}: ${outcome.reason}`;
  }
}

const MAX_WARNINGS = 5;

export const importCommand = (): Command =>
  new Command('import')
    .description(
      'import files and folders (recursively, by extension): documents (.txt .md .html .docx .pdf .epub), brat .txt + .ann ' +
        '(one .ann per annotator: <name>_<annotator>.ann), Collate JSONL, Label Studio tasks JSON, doccano JSONL; ' +
        'one line per file, a summary on stderr, exit 1 if any failed',
    )
    .argument('<dir>', 'the workspace folder')
    .argument('<paths...>', 'files and folders to import')
    .option('--take-over-lock', 'take over the lock Collate left on another computer (only if it is closed there)')
    .action(async (dir: string, paths: string[], options: { takeOverLock?: boolean }) => {
      const service = await WorkspaceService.open(dir, { takeOverLock: options.takeOverLock });
      const counts = { imported: 0, duplicate: 0, failed: 0, skipped: 0 };
      const tty = process.stderr.isTTY === true;
      let progress = false;
      const clear = (): void => {
        if (progress) process.stderr.write('\r\x1b[K');
        progress = false;
      };
      try {
        const files = await collectImportFiles(paths);
        await service.importAnnotated(files, {
          ...(tty
            ? {
                onProgress: (done: number, total: number, name: string) => {
                  const shown = name.length > 60 ? `…${name.slice(-59)}` : name;
                  process.stderr.write(`\r\x1b[K[${done}/${total}] ${shown}`);
                  progress = true;
                },
              }
            : {}),
          onOutcome: (outcome) => {
            clear();
            counts[outcome.status]++;
            process.stdout.write(describe(outcome) + '\n');
            const warnings = outcome.warnings ?? [];
            for (const w of warnings.slice(0, MAX_WARNINGS)) process.stderr.write(`  note: ${w}\n`);
            if (warnings.length > MAX_WARNINGS)
              process.stderr.write(`  note: … and ${warnings.length - MAX_WARNINGS} more\n`);
          },
        });
      } finally {
        clear();
        service.close();
      }
      const skipped = counts.skipped > 0 ? `, ${counts.skipped} skipped` : '';
      process.stderr.write(
        `${counts.imported} imported, ${counts.duplicate} duplicates, ${counts.failed} failed${skipped}\n`,
      );
      if (counts.failed > 0) process.exitCode = 1;
    });
