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

/** A short invented article `n` with a source, a reported claim and figures, for the assistant. For tests only. */
export const floodReport = (n: number): string =>
  `Harbour report ${n}\n\nThe dam will reopen in March, according to the regional water authority. ` +
  `Officials said ${n * 100} homes were flooded. The mayor told reporters that ${n} roads were closed.`;

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
  const workspace = await FreshWorkspace.open(author);
  const ids = [
    await workspace.importText('a.txt', 'First article.'),
    await workspace.importText('b.txt', 'Second article.'),
  ];
  workspace.service.close();
  return { folder: workspace.folder, root: workspace.root, ids };
}

/** A new workspace in a fresh temp folder, opened by `author`; `dispose` closes it and removes the folder. For tests only. */
export class FreshWorkspace {
  readonly folder = tempFolder();
  readonly root = join(this.folder.path, 'ws');
  service!: WorkspaceService;

  private constructor(private readonly author: string) {}

  static async open(author: string): Promise<FreshWorkspace> {
    const workspace = new FreshWorkspace(author);
    await initWorkspace(workspace.root);
    await workspace.open();
    return workspace;
  }

  async open(): Promise<void> {
    this.service = await WorkspaceService.open(this.root, { author: this.author });
  }

  async reopen(): Promise<void> {
    this.service.close();
    await this.open();
  }

  async importText(name: string, text: string): Promise<string> {
    const [outcome] = await this.service.importFiles([{ name, bytes: bytesOf(text) }]);
    if (outcome?.status !== 'imported') throw new Error(`import of ${name} failed`);
    return outcome.document.id;
  }

  dispose(): void {
    this.service.close();
    this.folder.cleanup();
  }
}
