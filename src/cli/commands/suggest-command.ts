import { Command, InvalidArgumentError } from 'commander';
import type { Suggestion } from '../../core/assist/index';
import { coveredText } from '../../core/covered-text';
import { suggestInBatch } from '../../service/batch-workers/batch-suggest';
import { WorkspaceService } from '../../service/workspace-service';
import { cancellable } from '../cancellable';
import { rateLine } from '../progress-line';

interface SuggestFlags {
  apply: boolean;
  minScore: number;
  statements: boolean;
  json: boolean;
  progress: boolean;
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
    .option('--progress', 'show progress on stderr even when it is not a terminal', false)
    .addHelpText(
      'after',
      '\nRuns on every core. Ctrl+C stops after the documents already being saved: each document is' +
        '\neither wholly applied or untouched, and running again applies the rest.',
    )
    .action(async (dir: string, flags: SuggestFlags) => {
      const service = await WorkspaceService.open(dir, { readOnly: !flags.apply });
      const line = process.stderr.isTTY || flags.progress ? rateLine(process.stderr, 'Suggesting') : null;
      const print = (documentId: string, suggestions: Suggestion[]): void => {
        const text = service.document(documentId).text;
        const lines = suggestions.map((s) => {
          const quote = coveredText(text, s, ' … ');
          return flags.json
            ? JSON.stringify({ documentId, ...s, text: quote })
            : `${documentId}  ${s.label.padEnd(6)} ${s.score.toFixed(2)}  "${oneLine(quote)}"  (${s.reason})`;
        });
        if (lines.length === 0) return;
        line?.clear();
        process.stdout.write(lines.join('\n') + '\n');
      };
      try {
        const result = await cancellable(
          (signal) =>
            suggestInBatch(
              service.assist,
              {
                ...(flags.documents ? { documentIds: flags.documents } : {}),
                minScore: flags.minScore,
                statements: flags.statements,
                apply: flags.apply,
              },
              { signal, onDocument: print, ...(line ? { onProgress: (p) => line.show({ step: '', ...p }) } : {}) },
            ),
          () => {
            line?.clear();
            process.stderr.write('Stopping after the documents being saved…\n');
          },
        );
        line?.clear();
        const summary = flags.apply
          ? `${result.applied} of ${result.found} suggestions applied`
          : `${result.found} suggestions; nothing applied (use --apply)`;
        if (result.cancelled) {
          process.stderr.write(
            `Cancelled after ${result.done} of ${result.documents} documents: ${summary}; ` +
              `every other document is untouched.\n`,
          );
          process.exitCode = 130;
        } else process.stderr.write(`${summary}.\n`);
      } finally {
        service.close();
      }
    });
