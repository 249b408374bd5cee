import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A fresh temp folder per test, removed afterwards. For tests only. */
export function tempFolder(): { path: string; cleanup: () => void } {
  const path = mkdtempSync(join(tmpdir(), 'collate-test-'));
  return { path, cleanup: () => rmSync(path, { recursive: true, force: true }) };
}

export const bytesOf = (text: string): Uint8Array => new TextEncoder().encode(text);

/** Every file of a workspace (but its lock) with its content, to compare before and after. For tests only. */
export function workspaceSnapshot(root: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (dir: string): void => {
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
      const rel = join(dir, entry.name);
      if (entry.isDirectory()) walk(rel);
      else if (entry.name !== '.collate.lock') files[rel] = readFileSync(join(root, rel), 'utf8');
    }
  };
  walk('.');
  return files;
}
