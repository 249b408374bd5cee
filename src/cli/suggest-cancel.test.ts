import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initWorkspace } from '../service/init-workspace';
import { bytesOf, tempFolder } from '../service/test-workspace';
import { openSuggestions } from '../service/workspace-assist';
import { WorkspaceService } from '../service/workspace-service';
import { COLLATE_BIN } from './test-cli';

// Enough documents that the batch is still under way when the first one is on disk.
const DOCUMENTS = 300;
let folder: ReturnType<typeof tempFolder>;
let ws: string;
/** A copy of the workspace before any run, for the run that is killed. */
let wsKilled: string;

const article = (n: number): string =>
  `Harbour report ${n}\n\n` +
  Array.from(
    { length: 8 },
    (_, k) =>
      `The dam will reopen in March, according to the regional water authority. ` +
      `Officials said ${n * 10 + k} homes were flooded. The mayor told reporters that ${k} roads were closed.`,
  ).join(' ');

beforeAll(async () => {
  folder = tempFolder();
  ws = await initWorkspace(join(folder.path, 'ws'));
  const service = await WorkspaceService.open(ws);
  await service.importFiles(
    Array.from({ length: DOCUMENTS }, (_, n) => ({ name: `a${n}.txt`, bytes: bytesOf(article(n)) })),
  );
  service.close();
  wsKilled = join(folder.path, 'ws-killed');
  cpSync(ws, wsKilled, { recursive: true });
}, 120_000);
afterAll(() => folder.cleanup());

/**
 * Runs `collate suggest --apply` and presses Ctrl+C once a document's spans are on disk, or kills
 * it (SIGKILL) once the first group's links are written, while later documents are being tagged.
 */
async function suggestInterrupted(
  signal: 'SIGINT' | 'SIGKILL' = 'SIGINT',
  root = ws,
): Promise<{ code: number | null; err: string }> {
  const child = spawn(process.execPath, [COLLATE_BIN, 'suggest', root, '--apply', '--progress'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let err = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
  const annotations = join(root, 'annotations');
  const watch = setInterval(() => {
    const ready =
      signal === 'SIGKILL'
        ? existsSync(join(root, 'relations.json.journal'))
        : existsSync(annotations) && readdirSync(annotations).some((f) => f.endsWith('.journal'));
    if (ready) {
      clearInterval(watch);
      child.kill(signal);
    }
  }, 5);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearInterval(watch);
  return { code, err };
}

/** Per document: how many of its suggestions (at 0.5 or more) are applied, and how many are left. */
async function state(root = ws): Promise<Array<{ applied: number; left: number }>> {
  const service = await WorkspaceService.open(root, { readOnly: true });
  try {
    const spanIds = new Set<string>();
    const out = [];
    for (const { id } of service.listDocuments()) {
      const spans = await service.spansOf(id);
      for (const s of spans) spanIds.add(s.id);
      const left = (await openSuggestions(service.assist, id)).filter((s) => s.score >= 0.5);
      out.push({ applied: spans.length, left: left.length });
    }
    const dangling = service.listRelations().relations.filter((r) => !spanIds.has(r.from) || !spanIds.has(r.to));
    expect(dangling).toEqual([]);
    return out;
  } finally {
    service.close();
  }
}

describe('collate suggest --apply: Ctrl+C', () => {
  it(
    'stops cleanly: each document wholly applied or untouched, and a second run applies the rest',
    {
      timeout: 240_000,
    },
    async () => {
      const { code, err } = await suggestInterrupted();
      expect(err).toContain('Stopping after the documents being saved…');
      expect(err).toMatch(new RegExp(`Cancelled after \\d+ of ${DOCUMENTS} documents`));
      expect(code).toBe(130);
      const after = await state();
      const applied = after.filter((d) => d.applied > 0);
      expect(applied.length).toBeGreaterThan(0);
      expect(applied.length).toBeLessThan(DOCUMENTS);
      // Wholly applied (nothing left to apply) or untouched (no span at all): never half.
      expect(after.every((d) => d.applied === 0 || d.left === 0)).toBe(true);

      const again = spawnSync(process.execPath, [COLLATE_BIN, 'suggest', ws, '--apply'], {
        stdio: ['ignore', 'ignore', 'pipe'],
        encoding: 'utf8',
      });
      expect(again.stderr).toMatch(/^\d+ of \d+ suggestions applied\.\n$/);
      expect(again.status).toBe(0);
      expect((await state()).every((d) => d.applied > 0 && d.left === 0)).toBe(true);
    },
  );

  it(
    'killed mid-batch: each document all its spans or none, no link to a missing span, and a second run applies the rest',
    { timeout: 240_000 },
    async () => {
      const { code } = await suggestInterrupted('SIGKILL', wsKilled);
      expect(code).toBeNull();
      const after = await state(wsKilled);
      expect(after.some((d) => d.applied > 0)).toBe(true);
      expect(after.some((d) => d.applied === 0)).toBe(true);
      expect(after.every((d) => d.applied === 0 || d.left === 0)).toBe(true);
      const again = spawnSync(process.execPath, [COLLATE_BIN, 'suggest', wsKilled, '--apply'], {
        stdio: ['ignore', 'ignore', 'pipe'],
        encoding: 'utf8',
      });
      expect(again.status).toBe(0);
      expect((await state(wsKilled)).every((d) => d.applied > 0 && d.left === 0)).toBe(true);
    },
  );
});
