import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { initWorkspace } from './init-workspace';
import { WorkspaceService } from './workspace-service';

export interface TempFolder {
  path: string;
  cleanup: () => void;
}

/** A fresh temp folder per test, removed afterwards. For tests only. */
export function tempFolder(): TempFolder {
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

/** A workspace in a fresh temp folder holding two short articles imported by `author`, closed again. For tests only. */
export async function twoArticleWorkspace(
  author: string,
): Promise<{ folder: TempFolder; root: string; ids: string[] }> {
  const folder = tempFolder();
  const root = join(folder.path, 'ws');
  await initWorkspace(root);
  const service = await WorkspaceService.open(root, { author });
  const outcomes = await service.importFiles([
    { name: 'a.txt', bytes: bytesOf('First article.') },
    { name: 'b.txt', bytes: bytesOf('Second article.') },
  ]);
  service.close();
  return { folder, root, ids: outcomes.map((o) => (o.status === 'imported' ? o.document.id : '')) };
}
