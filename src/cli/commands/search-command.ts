import { Command, InvalidArgumentError } from 'commander';
import type { CorpusHit } from '../../api/contract';
import { CollateError } from '../../core/collate-error';
import { OffsetIndex } from '../../core/offsets';
import { WorkspaceService } from '../../service/workspace-service';

interface SearchFlags {
  json: boolean;
  limit: number;
}

function parseLimit(value: string): number {
  const limit = Number(value);
  if (!Number.isInteger(limit) || limit < 1 || limit > 500)
    throw new InvalidArgumentError('a whole number from 1 to 500');
  return limit;
}

/** Opens the workspace to keep its search index cache up to date; read-only (index in memory) while the app has it. */
async function openForSearch(dir: string): Promise<WorkspaceService> {
  try {
    return await WorkspaceService.open(dir);
  } catch (error) {
    if (error instanceof CollateError && error.code === 'workspace-locked') {
      return WorkspaceService.open(dir, { readOnly: true });
    }
    throw error;
  }
}

const where = (hit: CorpusHit): string =>
  hit.kind === 'annotation' ? `${hit.label ?? 'span'} ${hit.spanId}` : hit.kind === 'text' ? 'text' : 'details';

export const searchCommand = (): Command =>
  new Command('search')
    .description(
      "search every document's text and details and every annotation (label, attribute, note, annotator), ranked",
    )
    .argument('<dir>', 'the workspace folder')
    .argument('<query>', 'words to find (all of them; the last may be the start of a word)')
    .option('--limit <n>', 'at most this many hits (1–500)', parseLimit, 20)
    .option('--json', 'print JSON Lines (code-point offsets)', false)
    .action(async (dir: string, query: string, flags: SearchFlags) => {
      if (query.trim() === '') throw new CollateError('bad-arguments', 'The query is empty: give the words to find.');
      const service = await openForSearch(dir);
      try {
        const hits = await service.searchCorpus(query, flags.limit);
        if (service.searchIndexNotice) process.stderr.write(`collate: ${service.searchIndexNotice}\n`);
        for (const hit of hits) {
          if (flags.json) {
            const index = new OffsetIndex(service.document(hit.documentId).text);
            const start = index.toCodePoint(hit.start);
            const end = index.toCodePoint(hit.end);
            process.stdout.write(`${JSON.stringify({ ...hit, start, end })}\n`);
          } else {
            process.stdout.write(
              `${hit.title} — ${where(hit)} (${hit.fields.join(', ')}; score ${hit.score.toFixed(2)})\n`,
            );
            process.stdout.write(`    ${hit.snippet}\n`);
          }
        }
        process.stderr.write(
          `${hits.length === 0 ? 'No' : hits.length} hit${hits.length === 1 ? '' : 's'} for "${query}".\n`,
        );
      } finally {
        service.close();
      }
    });
