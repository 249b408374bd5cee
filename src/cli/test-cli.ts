import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The `collate` command as installed (`bin/collate.js`), for tests that run it as a user would. */
export const COLLATE_BIN = fileURLToPath(new URL('../../bin/collate.js', import.meta.url));

/** Runs `collate <args>` in `cwd` and returns its exit code and output. */
export function runCollate(cwd: string, ...args: string[]): { code: number | null; out: string; err: string } {
  const run = spawnSync(process.execPath, [COLLATE_BIN, ...args], { encoding: 'utf8', cwd });
  return { code: run.status, out: run.stdout, err: run.stderr };
}
