import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A fresh temp folder per test, removed afterwards. For tests only. */
export function tempFolder(): { path: string; cleanup: () => void } {
  const path = mkdtempSync(join(tmpdir(), 'collate-test-'));
  return { path, cleanup: () => rmSync(path, { recursive: true, force: true }) };
}

export const bytesOf = (text: string): Uint8Array => new TextEncoder().encode(text);
