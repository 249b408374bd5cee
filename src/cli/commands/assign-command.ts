import { Command } from 'commander';
import { assignDocuments, listAssignments, markDone, progressTable } from '../../service/teams/assignments';
import { resolveAnnotator } from '../../service/teams/user-config';
import { WorkspaceService } from '../../service/workspace-service';

interface AssignFlags {
  annotator?: string;
  documents?: string[];
  done?: string[];
  status?: boolean;
}

const list = (value: string): string[] =>
  value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

export const assignCommand = (): Command =>
  new Command('assign')
    .description(
      "assign documents to an annotator, mark them done, or show progress; without options prints the annotator's queue",
    )
    .argument('<dir>', 'the workspace folder')
    .option('--annotator <name>', 'whose queue (default: you, as `collate config annotator` says)')
    .option('--documents <ids>', 'assign these documents (comma-separated ids) to the annotator', list)
    .option('--done <ids>', "mark these of the annotator's documents done", list)
    .option('--status', 'print documents assigned, done and open per annotator')
    .action(async (dir: string, flags: AssignFlags) => {
      const service = await WorkspaceService.open(dir);
      try {
        const annotator = flags.annotator ?? (await resolveAnnotator());
        if (flags.documents) await assignDocuments(service, annotator, flags.documents);
        if (flags.done) await markDone(service, annotator, flags.done);
        const assignments = await listAssignments(service);
        if (flags.status) return void process.stdout.write(progressTable(assignments));
        const queue = assignments.filter((a) => a.annotator === annotator);
        if (queue.length === 0) return void process.stdout.write(`Nothing is assigned to ${annotator}.\n`);
        for (const a of queue) {
          const title = service.listDocuments().find((d) => d.id === a.documentId)?.title ?? '(removed)';
          process.stdout.write(`${a.done ? 'done' : 'open'}\t${a.documentId}\t${title}\n`);
        }
      } finally {
        service.close();
      }
    });
