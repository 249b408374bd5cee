import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The `collate` command as installed (`bin/collate.js`), for tests that run it as a user would. */
export const COLLATE_BIN = fileURLToPath(new URL('../../bin/collate.js', import.meta.url));

/** Runs `collate <args>` in `cwd` and returns its exit code and output. */
export function runCollate(cwd: string, ...args: string[]): { code: number | null; out: string; err: string } {
  const run = spawnSync(process.execPath, [COLLATE_BIN, ...args], { encoding: 'utf8', cwd });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

/** Runs the CLI's `main` in this process, capturing what it writes; for tests that need no child process. */
export async function runMain(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const { main } = await import('./main');
  const captured = { out: '', err: '' };
  const [stdout, stderr] = [process.stdout.write, process.stderr.write];
  process.stdout.write = ((chunk: unknown) => ((captured.out += String(chunk)), true)) as typeof process.stdout.write;
  process.stderr.write = ((chunk: unknown) => ((captured.err += String(chunk)), true)) as typeof process.stderr.write;
  try {
    return { code: await main(args), ...captured };
  } finally {
    process.stdout.write = stdout;
    process.stderr.write = stderr;
  }
}
