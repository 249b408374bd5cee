import { rename, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { Command, Option } from 'commander';
import { CollateError } from '../../core/collate-error';
import { WorkspaceService } from '../../service/workspace-service';

export const exportCommand = (): Command =>
  new Command('export')
    .description('write the annotated dataset of a workspace')
    .argument('<dir>', 'the workspace folder')
    .addOption(new Option('--format <format>', 'dataset format').choices(['jsonl']).default('jsonl'))
    .requiredOption('--out <file>', 'where to write the dataset')
    .addOption(new Option('--offset-unit <unit>', 'unit of span offsets').choices(['codepoint', 'utf16']).default('codepoint'))
    .action(async (dir: string, options: { format: 'jsonl'; out: string; offsetUnit: 'codepoint' | 'utf16' }) => {
      const service = await WorkspaceService.open(dir, { readOnly: true });
      const exported = await service.exportDataset(options.offsetUnit);
      const out = resolve(options.out);
      const temp = join(dirname(out), `.${basename(out)}.${process.pid}.tmp`);
      try {
        await writeFile(temp, exported.content);
        await rename(temp, out);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? '';
        throw new CollateError('export-failed', `Could not write ${out}: ${code === 'ENOENT' ? 'its folder does not exist' : code || String(error)}.`);
      }
      const records = exported.content.split('\n').filter(Boolean).map((line) => JSON.parse(line) as { spans: unknown[] });
      const spans = records.reduce((n, r) => n + r.spans.length, 0);
      const unit = options.offsetUnit === 'codepoint' ? 'code points' : 'UTF-16 code units';
      process.stdout.write(`Exported ${records.length} documents and ${spans} spans to ${out} (offsets in ${unit}).\n`);
    });
