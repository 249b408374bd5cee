import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');

function electronInstalled(): boolean {
  const pathFile = join(root, 'node_modules', 'electron', 'path.txt');
  return (
    existsSync(pathFile) &&
    existsSync(join(root, 'node_modules', 'electron', 'dist', readFileSync(pathFile, 'utf8').trim()))
  );
}

describe('npm start (scripts/start.js)', () => {
  it.skipIf(electronInstalled())(
    'says in one line to use the browser shell when Electron cannot be downloaded',
    () => {
      const cache = mkdtempSync(join(tmpdir(), 'collate-electron-cache-'));
      try {
        const run = spawnSync(process.execPath, [join(root, 'scripts', 'start.js')], {
          cwd: root,
          encoding: 'utf8',
          timeout: 90_000,
          env: {
            ...process.env,
            // Nothing listens on port 9 (discard): the download fails at once, and an empty cache
            // means no earlier download can be extracted instead.
            ELECTRON_MIRROR: 'http://127.0.0.1:9/',
            electron_config_cache: cache,
            ELECTRON_SKIP_BINARY_DOWNLOAD: '',
          },
        });
        expect(run.status).toBe(1);
        const lines = run.stderr.split('\n').filter((line) => line.trim() !== '');
        expect(lines).toHaveLength(1);
        expect(lines[0]).toContain('needs Electron');
        expect(lines[0]).toContain('npx collate serve');
        expect(run.stdout).toBe('');
      } finally {
        rmSync(cache, { recursive: true, force: true });
      }
    },
    100_000,
  );
});
