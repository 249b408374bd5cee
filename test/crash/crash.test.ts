import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initWorkspace } from '../../src/service/init-workspace';
import { bytesOf, tempFolder } from '../../src/service/test-workspace';
import { WorkspaceService } from '../../src/service/workspace-service';

// `npm test` runs a few kills; `npm run test:crash` runs 100 (CRASH_ROUNDS).
const ROUNDS = Number(process.env.CRASH_ROUNDS ?? 8);
const CHILD = fileURLToPath(new URL('./edit-until-killed.ts', import.meta.url));

let folder: ReturnType<typeof tempFolder>;
let root: string;

beforeAll(async () => {
  folder = tempFolder();
  root = join(folder.path, 'ws');
  await initWorkspace(root);
  const service = await WorkspaceService.open(root);
  await service.importFiles([
    { name: 'a.txt', bytes: bytesOf('First article 😀 with enough words to tag many spans in it. '.repeat(20)) },
    { name: 'b.txt', bytes: bytesOf('Second article 中文 with other words for more spans to tag. '.repeat(20)) },
  ]);
  service.close();
});
afterAll(() => folder.cleanup());

/** Runs the child until it has acknowledged a few edits, then kills it with SIGKILL at a random moment. */
function runAndKill(): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, root], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let timer: NodeJS.Timeout | undefined;
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (!timer && out.includes('\n')) timer = setTimeout(() => child.kill('SIGKILL'), 5 + Math.random() * 150);
    });
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('exit', (_code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`the editing child stopped by itself: ${err}`));
      // Only complete lines were acknowledged: a line cut by the kill is ignored.
      else resolve(out.split('\n').slice(0, -1));
    });
  });
}

function everyFileParses(): void {
  for (const dir of ['.', 'documents', 'annotations']) {
    const leftovers = readdirSync(join(root, dir)).filter((n) => n.endsWith('.tmp'));
    expect(leftovers.length, `temporary files in ${dir} survive only until the next open`).toBeLessThanOrEqual(1);
    for (const name of readdirSync(join(root, dir)).filter((n) => n.endsWith('.json'))) {
      expect(() => JSON.parse(readFileSync(join(root, dir, name), 'utf8')), `${dir}/${name}`).not.toThrow();
    }
  }
}

describe('crash safety', () => {
  it(`keeps every acknowledged edit through ${ROUNDS} SIGKILLs`, { timeout: ROUNDS * 15_000 }, async () => {
    const alive = new Map<string, string>();
    const deleted = new Set<string>();
    for (let round = 0; round < ROUNDS; round++) {
      let inFlight: string | undefined;
      for (const line of await runAndKill()) {
        const [action, documentId, spanId] = line.split(' ');
        if (action === 'created') alive.set(spanId!, documentId!);
        else if (action === 'deleting') inFlight = spanId;
        else if (action === 'deleted') {
          alive.delete(spanId!);
          deleted.add(spanId!);
          inFlight = undefined;
        }
      }
      // A delete the child started but had not acknowledged may or may not have happened.
      if (inFlight) alive.delete(inFlight);
      everyFileParses();
      const service = await WorkspaceService.open(root, { readOnly: true });
      const present = new Set<string>();
      for (const d of service.listDocuments()) for (const s of await service.spansOf(d.id)) present.add(s.id);
      for (const id of alive.keys()) expect(present.has(id), `acknowledged span ${id} after round ${round}`).toBe(true);
      for (const id of deleted)
        expect(present.has(id), `acknowledged delete of ${id} after round ${round}`).toBe(false);
    }
    expect(alive.size).toBeGreaterThan(0);
  });
});
