import { resolve } from 'node:path';
import { Command, InvalidArgumentError, Option } from 'commander';
import type { DatasetExportOptions } from '../../api/contract';
import { datasetFormatList } from '../../core/dataset-export/index';
import { parseLayerSelector } from '../../core/layers/layer-name';
import type { OffsetUnit } from '../../core/offsets';
import { cancelledError, type JobControl } from '../../service/jobs/job-control';
import { WorkspaceService } from '../../service/workspace-service';
import { writeWorkspaceDataset } from '../../service/workspace-export';
import { cancellable } from '../cancellable';
import { progressLine, type ProgressLine } from '../progress-line';

interface ExportFlags {
  format: string;
  out: string;
  offsetUnit?: OffsetUnit;
  documents?: string[];
  labels?: string[];
  notes: boolean;
  split?: { train: number; dev: number; test: number };
  seed: string;
  overlap?: 'longest-first' | 'file-per-label';
  tagScheme?: 'bio' | 'bioes';
  spansKey?: string;
  layer?: string;
  force: boolean;
}

function parseLayer(value: string): string {
  const layer = parseLayerSelector(value);
  if (!layer.ok) throw new InvalidArgumentError(layer.error.message);
  return layer.value;
}

const list = (value: string): string[] =>
  value
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);

function parseSplit(value: string): { train: number; dev: number; test: number } {
  const parts = value.split('/').map(Number);
  if (parts.length !== 3 || parts.some((p) => !Number.isFinite(p) || p < 0) || parts.every((p) => p === 0)) {
    throw new InvalidArgumentError('three shares like 80/10/10 (train/dev/test)');
  }
  return { train: parts[0]!, dev: parts[1]!, test: parts[2]! };
}

async function writeDataset(
  service: WorkspaceService,
  flags: ExportFlags,
  control: Required<JobControl>,
  line: ProgressLine,
): Promise<void> {
  const options: DatasetExportOptions = {
    format: flags.format as DatasetExportOptions['format'],
    includeNotes: flags.notes,
    ...(flags.offsetUnit ? { offsetUnit: flags.offsetUnit } : {}),
    ...(flags.documents ? { documentIds: flags.documents } : {}),
    ...(flags.labels ? { labels: flags.labels } : {}),
    ...(flags.split ? { split: { seed: flags.seed, ...flags.split } } : {}),
    ...(flags.overlap ? { overlapPolicy: flags.overlap } : {}),
    ...(flags.tagScheme ? { tagScheme: flags.tagScheme } : {}),
    ...(flags.spansKey ? { spansKey: flags.spansKey } : {}),
    ...(flags.layer ? { layer: flags.layer } : {}),
  };
  const { written, warnings } = await writeWorkspaceDataset(service, flags.out, options, {
    overwrite: flags.force,
    ...control,
  });
  line.clear();
  for (const warning of warnings) process.stderr.write(`warning: ${warning}\n`);
  process.stdout.write(
    `Exported ${flags.format} to ${resolve(flags.out)}: ${written.length} files (see README.md there).\n`,
  );
}

export const exportCommand = (): Command => {
  const formats = datasetFormatList();
  const help = formats.map((f) => `${f.name}: ${f.description}`);
  return new Command('export')
    .description('write the annotated dataset of a workspace')
    .argument('<dir>', 'the workspace folder')
    .addOption(
      new Option('--format <format>', `dataset format:\n  ${help.join('\n  ')}`)
        .choices(formats.map((f) => f.name))
        .default('jsonl'),
    )
    .requiredOption('--out <folder>', 'the folder to write the dataset into (its files, per split, and README.md)')
    .addOption(
      new Option('--offset-unit <unit>', 'unit of span offsets (default: codepoint)').choices(['codepoint', 'utf16']),
    )
    .option('--documents <ids>', 'only these documents (comma-separated ids)', list)
    .option('--labels <labels>', 'only these labels (comma-separated)', list)
    .option('--no-notes', "leave the analysts' notes out")
    .option('--split <shares>', 'split documents into train/dev/test folders, e.g. 80/10/10', parseSplit)
    .option('--seed <seed>', 'seed of the split: the same seed gives the same split', 'collate')
    .addOption(
      new Option('--overlap <policy>', 'how CoNLL resolves overlapping spans').choices([
        'longest-first',
        'file-per-label',
      ]),
    )
    .addOption(
      new Option('--tag-scheme <scheme>', 'token tags of conll and hf (default: bio)').choices(['bio', 'bioes']),
    )
    .option('--spans-key <key>', 'spacy: the doc.spans key that holds every span (default: sc)')
    .option(
      '--layer <layer>',
      "curated, all (every annotator's layer) or an annotator's name (default: curated where one exists, else all)",
      parseLayer,
    )
    .option('--force', 'write into a folder that is not empty', false)
    .addHelpText('after', '\nProgress goes to stderr; Ctrl+C cancels and leaves the destination as it was.')
    .action(async (dir: string, flags: ExportFlags) => {
      const service = await WorkspaceService.open(dir, { readOnly: true });
      const line = progressLine(process.stderr);
      const interrupted = (): void => {
        line.clear();
        process.stderr.write('Cancelling…\n');
      };
      await cancellable(async (signal) => {
        const control = { signal, onProgress: line.show };
        try {
          await writeDataset(service, flags, control, line);
        } catch (error) {
          if (signal.aborted) throw cancelledError(`nothing was written to ${resolve(flags.out)}`);
          throw error;
        } finally {
          line.clear();
        }
      }, interrupted);
    });
};
