/**
 * The measuring process of `npm run bench:import-memory` (import-memory-bench.ts starts one per
 * import): `<file> <name> cold|young [--v8-default]`. Like bin/collate.js, it limits its young
 * generation before it loads the service (unless `--v8-default`), so its modules are loaded here
 * with dynamic imports: a static import is compiled, through tsx, before any code runs.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getHeapSpaceStatistics } from 'node:v8';

/**
 * Fills V8's young generation with short-lived objects, as any running process has it: its pages
 * are then resident before the import, and what the import adds is its own memory.
 */
function touchYoungGeneration(): void {
  let recent: object[] = [];
  for (let i = 0; i < 2_000_000; i++) {
    recent.push({ i });
    if (recent.length === 1000) recent = [];
  }
}

/** The young generation's size (both semi-spaces): it grows, up to 32 MB, when many objects outlive a collection. */
const youngGenerationSize = (): number =>
  getHeapSpaceStatistics().find((s) => s.space_name === 'new_space')?.space_size ?? 0;

/**
 * In the child: imports one file into a fresh workspace and prints what it cost. `young` says
 * whether V8's young generation (at most 16 MB a semi-space, whatever the document) is in use
 * before the import, as in a process that has been running, or left out of the baseline (cold).
 */
async function measure(file: string, name: string, young: boolean): Promise<void> {
  const bytes = new Uint8Array(readFileSync(file));
  const dir = mkdtempSync(join(tmpdir(), 'collate-membench-'));
  const root = join(dir, 'ws');
  const { initWorkspace } = await import('../src/service/init-workspace');
  const { WorkspaceService } = await import('../src/service/workspace-service');
  await initWorkspace(root);
  const service = await WorkspaceService.open(root, { author: 'bench' });
  // Cold: nothing was imported in this process before. Only the code is loaded first, so that what
  // is counted is the import, not loading its modules. jsdom is not: the pages measured here are
  // long ones, read without it (books need it only for a chapter that is not XHTML); loading it
  // would also touch the young generation's pages before the baseline, as a warm run does.
  await import('../src/service/document-import/index');
  global.gc?.();
  if (young) touchYoungGeneration();
  const youngBefore = youngGenerationSize();
  const baseline = process.memoryUsage().rss;
  const started = performance.now();
  const [outcome] = await service.importFiles([{ name, bytes }]);
  const elapsed = performance.now() - started;
  const peak = process.resourceUsage().maxRSS * 1024;
  const youngAfter = youngGenerationSize();
  const text = outcome?.status === 'imported' ? service.document(outcome.document.id).text : '';
  service.close();
  rmSync(dir, { recursive: true, force: true });
  const reason = outcome && 'reason' in outcome ? outcome.reason : '';
  console.log(
    JSON.stringify({
      status: outcome?.status,
      reason,
      added: peak - baseline,
      peak,
      textBytes: Buffer.byteLength(text),
      elapsed,
      youngBefore,
      youngAfter,
    }),
  );
}

const [file, name, mode] = process.argv.slice(2);
if (!process.argv.includes('--v8-default')) (await import('../src/service/young-generation')).limitYoungGeneration();
await measure(file!, name!, mode === 'young');
