import { Command } from 'commander';
import type { ImportOutcome } from '../../api/contract';
import { WorkspaceService } from '../../service/workspace-service';
import { readImportFile } from '../read-import-file';

function describe(path: string, outcome: ImportOutcome): string {
  switch (outcome.status) {
    case 'imported':
      return `imported   ${path} → ${outcome.document.id} "${outcome.document.title}"`;
    case 'duplicate':
      return `duplicate  ${path}: skipped, ${outcome.reason}`;
    case 'failed':
      return `failed     ${path}: ${outcome.reason}`;
  }
}

export const importCommand = (): Command =>
  new Command('import')
    .description('import .txt and .md files into a workspace; one line per file, exit 1 if any failed')
    .argument('<dir>', 'the workspace folder')
    .argument('<files...>', 'files to import')
    .action(async (dir: string, paths: string[]) => {
      const service = await WorkspaceService.open(dir);
      let failed = 0;
      try {
        for (const path of paths) {
          const read = await readImportFile(path);
          const [outcome] =
            'error' in read ? [{ status: 'failed', file: path, reason: read.error } as const] : await service.importFiles([read.source]);
          if (outcome!.status === 'failed') failed++;
          process.stdout.write(describe(path, outcome!) + '\n');
        }
      } finally {
        service.close();
      }
      if (failed > 0) process.exitCode = 1;
    });
