import { Command, InvalidArgumentError } from 'commander';
import { WorkspaceService } from '../../service/workspace-service';
import { acceptSuggestions, openSuggestions } from '../../service/workspace-assist';
import { coveredText } from '../../core/covered-text';

interface SuggestFlags {
  apply: boolean;
  minScore: number;
  statements: boolean;
  json: boolean;
  documents?: string[];
}

function parseScore(value: string): number {
  const score = Number(value);
  if (!Number.isFinite(score) || score < 0 || score > 1) throw new InvalidArgumentError('a score from 0 to 1');
  return score;
}

const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

export const suggestCommand = (): Command =>
  new Command('suggest')
    .description('suggest sources, cues and claims offline; --apply tags them (nothing is applied otherwise)')
    .argument('<dir>', 'the workspace folder')
    .option('--apply', 'tag every suggestion at or above --min-score, linking claims to their sources', false)
    .option('--min-score <score>', 'leave out suggestions scored below this (0–1)', parseScore, 0.5)
    .option('--statements', "also suggest the outlet's own checkable statements (scored low)", false)
    .option('--documents <ids>', 'only these documents (comma-separated ids)', (v: string) =>
      v.split(',').filter(Boolean),
    )
    .option('--json', 'print the suggestions as JSON Lines', false)
    .action(async (dir: string, flags: SuggestFlags) => {
      const service = await WorkspaceService.open(dir, { readOnly: !flags.apply });
      try {
        let applied = 0;
        let found = 0;
        for (const document of service
          .listDocuments()
          .filter((d) => !flags.documents || flags.documents.includes(d.id))) {
          const text = service.document(document.id).text;
          const suggestions = (await openSuggestions(service.assist, document.id, flags.statements)).filter(
            (s) => s.score >= flags.minScore,
          );
          found += suggestions.length;
          for (const s of suggestions) {
            const quote = coveredText(text, s, ' … ');
            if (flags.json) process.stdout.write(JSON.stringify({ documentId: document.id, ...s, text: quote }) + '\n');
            else
              process.stdout.write(
                `${document.id}  ${s.label.padEnd(6)} ${s.score.toFixed(2)}  "${oneLine(quote)}"  (${s.reason})\n`,
              );
          }
          if (flags.apply && suggestions.length > 0) {
            applied += (
              await acceptSuggestions(
                service.assist,
                document.id,
                suggestions.map((s) => s.id),
              )
            ).spans.length;
          }
        }
        const summary = flags.apply
          ? `${applied} of ${found} suggestions applied.`
          : `${found} suggestions; nothing applied (use --apply).`;
        process.stderr.write(summary + '\n');
      } finally {
        service.close();
      }
    });
