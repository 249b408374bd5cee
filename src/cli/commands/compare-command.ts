import { Command, InvalidArgumentError } from 'commander';
import type { CompareResult, DiscrepancySide, GroupMember } from '../../core/compare/index';
import { OffsetIndex } from '../../core/offsets';
import { applyComparison, compareWorkspace } from '../../service/workspace-compare';
import { WorkspaceService } from '../../service/workspace-service';
import { WorkerPool } from '../../service/batch-workers/worker-pool';
import { compareOnWorkers } from '../../service/batch-workers/batch-compare';
import { cancellable } from '../cancellable';
import { rateLine } from '../progress-line';
import { cancelledError } from '../../service/jobs/job-control';

interface CompareFlags {
  apply: boolean;
  minScore?: number;
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

/** JSON Lines with code-point offsets: one line per group, then one per discrepancy. */
function jsonLines(result: CompareResult, text: (documentId: string) => string): string[] {
  const indexes = new Map<string, OffsetIndex>();
  const cp = (documentId: string, utf16: number): number => {
    let index = indexes.get(documentId);
    if (!index) indexes.set(documentId, (index = new OffsetIndex(text(documentId))));
    return index.toCodePoint(utf16);
  };
  const place = (x: GroupMember | DiscrepancySide) => ({
    documentId: x.documentId,
    start: cp(x.documentId, x.start),
    end: cp(x.documentId, x.end),
    text: x.text,
  });
  const lines = result.groups.map((g) =>
    JSON.stringify({
      type: 'group',
      id: g.id,
      score: g.score,
      reason: g.reason,
      members: g.members.map((m) => ({ ...place(m), spanId: m.spanId })),
    }),
  );
  for (const d of result.discrepancies) {
    const side = (s: DiscrepancySide) => ({ ...place(s), ...(s.source ? { source: s.source } : {}) });
    lines.push(
      JSON.stringify({
        type: 'discrepancy',
        groupId: d.groupId,
        kind: d.kind,
        detail: d.detail,
        a: side(d.a),
        b: side(d.b),
      }),
    );
  }
  return lines;
}

function summary(result: CompareResult, title: (documentId: string) => string): string[] {
  const lines: string[] = [];
  for (const g of result.groups) {
    lines.push(`Group ${g.id} (score ${g.score.toFixed(2)}; ${g.reason})`);
    for (const m of g.members)
      lines.push(`  ${title(m.documentId)}${m.spanId ? '' : ' (new span)'}: "${oneLine(m.text)}"`);
    for (const d of result.discrepancies.filter((x) => x.groupId === g.id)) {
      lines.push(`  ≠ ${d.kind}: ${d.detail}`);
      lines.push(
        `      ${title(d.a.documentId)}: "${oneLine(d.a.text)}"  |  ${title(d.b.documentId)}: "${oneLine(d.b.text)}"`,
      );
    }
  }
  return lines;
}

export const compareCommand = (): Command =>
  new Command('compare')
    .description(
      'propose claim groups across articles and where they disagree, offline; --apply records them as proposals',
    )
    .argument('<dir>', 'the workspace folder')
    .option('--documents <ids>', 'only these documents (comma-separated ids)', (v: string) =>
      v.split(',').filter(Boolean),
    )
    .option('--min-score <score>', 'group only claims at least this similar (0–1)', parseScore)
    .option(
      '--apply',
      'record the groups and discrepancies as proposals to accept or reject (creates the claim spans they need)',
      false,
    )
    .option('--json', 'print JSON Lines (code-point offsets)', false)
    .option('--progress', 'show progress on stderr even when it is not a terminal', false)
    .action(async (dir: string, flags: CompareFlags) => {
      const service = await WorkspaceService.open(dir, { readOnly: !flags.apply });
      // Each document's features are found on worker threads over every core; Ctrl+C records nothing.
      const pool = new WorkerPool();
      const line = process.stderr.isTTY || flags.progress ? rateLine(process.stderr, 'Comparing') : null;
      try {
        const result = await cancellable(
          (signal) =>
            compareWorkspace(
              service.assist,
              {
                ...(flags.documents ? { documentIds: flags.documents } : {}),
                ...(flags.minScore !== undefined ? { minScore: flags.minScore } : {}),
              },
              compareOnWorkers(pool, { signal, ...(line ? { onProgress: (p) => line.show({ step: '', ...p }) } : {}) }),
            ),
          () => void pool.close(cancelledError('nothing was recorded')),
        ).finally(() => {
          line?.clear();
          return pool.close();
        });
        const text = (id: string): string => service.document(id).text;
        const title = (id: string): string => service.document(id).title || id;
        const lines = flags.json ? jsonLines(result, text) : summary(result, title);
        if (lines.length > 0) process.stdout.write(`${lines.join('\n')}\n`);
        const found = `${result.groups.length} claim groups, ${result.discrepancies.length} discrepancies`;
        if (flags.apply) {
          const applied = await applyComparison(service.assist, service.root, result);
          process.stderr.write(`${found} recorded as proposals (${applied.spans} claim spans created).\n`);
        } else process.stderr.write(`${found}; nothing recorded (use --apply).\n`);
      } finally {
        service.close();
      }
    });
