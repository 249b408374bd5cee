import { Command } from 'commander';
import { CollateError } from '../../core/collate-error';
import { tagCounts } from '../../core/document-tags';
import { WorkspaceService } from '../../service/workspace-service';

interface TagFlags {
  documents?: string[];
  add?: string[];
  remove?: string[];
}

const list = (value: string): string[] =>
  value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

export const tagCommand = (): Command =>
  new Command('tag')
    .description(
      "add or remove tags on documents; without --add or --remove prints each tag with its documents' count, or the documents' tags",
    )
    .argument('<dir>', 'the workspace folder')
    .option('--documents <ids>', 'these documents (comma-separated ids)', list)
    .option('--add <tags>', 'tags to add (comma-separated)', list)
    .option('--remove <tags>', 'tags to remove (comma-separated)', list)
    .action(async (dir: string, flags: TagFlags) => {
      const service = await WorkspaceService.open(dir);
      try {
        const changing = (flags.add?.length ?? 0) + (flags.remove?.length ?? 0) > 0;
        if (changing && !flags.documents?.length) {
          throw new CollateError('bad-arguments', 'Name the documents to tag with --documents <ids>.');
        }
        if (changing) await service.tagDocuments(flags.documents!, flags.add ?? [], flags.remove ?? []);
        if (flags.documents) {
          for (const id of flags.documents) {
            const document = service.document(id);
            process.stdout.write(`${id}\t${(document.tags ?? []).join(', ')}\t${document.title}\n`);
          }
          return;
        }
        const tags = tagCounts(service.listDocuments());
        if (tags.length === 0) return void process.stdout.write('No document is tagged.\n');
        for (const { tag, documents } of tags) process.stdout.write(`${documents}\t${tag}\n`);
      } finally {
        service.close();
      }
    });
