import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCollate } from './test-cli';
import { sliceByCodePoints } from '../core/offsets';
import { tempFolder } from '../service/test-workspace';
import { WorkspaceService } from '../service/workspace-service';

let folder: ReturnType<typeof tempFolder>;
let ws: string;

const collate = (...args: string[]) => runCollate(folder.path, ...args);

beforeEach(() => {
  folder = tempFolder();
  ws = join(folder.path, 'ws');
});
afterEach(() => folder.cleanup());

describe('collate search', () => {
  it('prints ranked hits with their place, as text or JSON Lines in code points, and works while the app has the workspace', async () => {
    expect(collate('init', ws).code).toBe(0);
    const file = join(folder.path, 'emoji.txt');
    writeFileSync(file, 'Headline 😀\nThe harbour closed after the ceasefire failed.\n');
    expect(collate('import', ws, file).code).toBe(0);
    const service = await WorkspaceService.open(ws, { author: 'ana' });
    const [document] = service.listDocuments();
    const text = service.document(document!.id).text;
    const start = text.indexOf('harbour');
    await service.createAnnotation({ documentId: document!.id, label: 'Claim', start, end: start + 14 });
    service.close();

    const plain = collate('search', ws, 'ceasefire');
    expect(plain.code).toBe(0);
    expect(plain.out).toContain('Headline 😀 — text (text; score');
    expect(plain.out).toContain('after the ceasefire failed');
    expect(plain.err).toContain('1 hit for "ceasefire"');

    const json = collate('search', ws, 'claim ana', '--json', '--limit', '5');
    const hits = json.out
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { kind: string; start: number; end: number; documentId: string });
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ kind: 'annotation', label: 'Claim', documentId: document!.id });
    expect(sliceByCodePoints(text, hits[0]!.start, hits[0]!.end)).toBe('harbour closed');

    const held = await WorkspaceService.open(ws, { author: 'ana' });
    try {
      expect(collate('search', ws, 'harbour').err).toContain('1 hit');
    } finally {
      held.close();
    }
    expect(collate('search', ws, 'nothing-like-this')).toMatchObject({
      code: 0,
      err: expect.stringContaining('No hits'),
    });
    expect(collate('search', ws, 'x', '--limit', '0')).toMatchObject({
      code: 1,
      err: expect.stringContaining('1 to 500'),
    });
  });
});
