import { Command } from 'commander';
import { CollateError } from '../../core/collate-error';
import { WorkspaceService } from '../../service/workspace-service';
import { readImportFile } from '../read-import-file';

export const reimportCommand = (): Command =>
  new Command('reimport')
    .description("replace a document's text with a new version of its file, carrying every annotation over")
    .argument('<dir>', 'the workspace folder')
    .argument('<document>', 'the id of the document to replace (see the JSONL export or documents/)')
    .argument('<file>', 'the new version of the file')
    .option('--take-over-lock', 'take over the lock Collate left on another computer (only if it is closed there)')
    .action(async (dir: string, documentId: string, path: string, options: { takeOverLock?: boolean }) => {
      const read = await readImportFile(path);
      if ('error' in read) throw new CollateError('import-failed', `${path}: ${read.error}`);
      const service = await WorkspaceService.open(dir, { takeOverLock: options.takeOverLock });
      try {
        const { counts, orphaned } = await service.reimportDocument(documentId, read.source);
        const summary = `${counts.kept} kept, ${counts.moved} moved, ${counts.fuzzy} fuzzy, ${counts.orphaned} orphaned`;
        process.stdout.write(`Re-imported ${path} into ${documentId}: ${summary}.\n`);
        for (const id of orphaned)
          process.stdout.write(`orphaned   ${id}: its text is gone; re-attach it in the app\n`);
      } finally {
        service.close();
      }
    });
