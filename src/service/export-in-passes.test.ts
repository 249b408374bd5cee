import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DatasetExportOptions } from '../api/contract';
import { initWorkspace } from './init-workspace';
import { bytesOf, tempFolder } from './test-workspace';
import { exportWorkspaceDataset, writeWorkspaceDataset } from './workspace-export';
import { WorkspaceService } from './workspace-service';

let folder: ReturnType<typeof tempFolder>;
let service: WorkspaceService;
let ids: string[];

beforeEach(async () => {
  folder = tempFolder();
  const root = await initWorkspace(join(folder.path, 'ws'));
  service = await WorkspaceService.open(root, { author: 'ana', now: () => new Date('2025-01-02T03:04:05Z') });
  await service.importFiles(
    [0, 1, 2, 3].map((i) => ({
      name: `s${i}.txt`,
      bytes: bytesOf(`Story ${i}\nThe minister said ${i} ships came.\n`),
    })),
  );
  ids = service.listDocuments().map((d) => d.id);
  const claims = [];
  for (const id of ids) {
    const text = service.document(id).text;
    const at = (words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });
    const claim = await service.createAnnotation({ documentId: id, label: 'Claim', ...at('ships came') });
    // Two sources on one place, each linked: their order comes from the links.
    const sources = [
      await service.createAnnotation({ documentId: id, label: 'Source', ...at('The minister') }),
      await service.createAnnotation({ documentId: id, label: 'Source', ...at('The minister') }),
    ];
    await service.createRelation({ type: 'attributed-to', from: claim.id, to: sources[1]!.id });
    await service.updateAnnotation({ documentId: id, id: claim.id, note: '<p>checked</p>' });
    claims.push(claim.id);
  }
  await service.createRelation({ type: 'supports', from: claims[2]!, to: claims[0]! });
  await service.saveClaimGroup({ statement: 'ships came', members: claims });
});
afterEach(() => {
  service.close();
  folder.cleanup();
});

describe('jsonl and w3c written in passes', () => {
  const cases: Array<() => Omit<DatasetExportOptions, 'format'>> = [
    () => ({}),
    () => ({ labels: ['Claim'], includeNotes: false }),
    () => ({ documentIds: [ids[3]!, ids[1]!, 'd-missing'] }),
    () => ({ split: { train: 2, dev: 1, test: 1, seed: 'a' } }),
    () => ({ split: { train: 1, dev: 1, test: 1, seed: 'b' }, labels: ['Claim'] }),
  ];
  for (const format of ['jsonl', 'w3c'] as const)
    for (const [n, options] of cases.entries())
      it(`${format}, options ${n}: the same files and bytes as the export prepared whole`, async () => {
        const chosen = options();
        const whole = await exportWorkspaceDataset(service, { format, ...chosen });
        const out = join(folder.path, `${format}-${n}`);
        const { written, warnings } = await writeWorkspaceDataset(service, out, { format, ...chosen });
        expect(warnings).toEqual(whole.warnings);
        const files = Object.fromEntries(written.map((path) => [relative(out, path), readFileSync(path, 'utf8')]));
        expect(files).toEqual(Object.fromEntries(whole.files.map((f) => [f.path, f.content])));
      });

  it("with two annotators, the card's agreement is measured in a pass of its own: the same files and bytes", async () => {
    service.close();
    service = await WorkspaceService.open(service.root, { author: 'bo', now: () => new Date('2025-01-02T03:04:05Z') });
    for (const id of ids.slice(0, 3)) {
      const text = service.document(id).text;
      const start = text.indexOf('minister');
      await service.createAnnotation({ documentId: id, label: 'Source', start, end: start + 'minister'.length });
      await service.createAnnotation({
        documentId: id,
        label: 'Claim',
        start: text.indexOf('ships'),
        end: text.length - 1,
      });
    }
    for (const options of [
      {},
      { split: { train: 2, dev: 1, test: 1, seed: 'a' } },
      { documentIds: [ids[0]!, ids[2]!] },
    ]) {
      const whole = await exportWorkspaceDataset(service, { format: 'jsonl', ...options });
      const out = join(folder.path, `two-${JSON.stringify(options).length}`);
      const { written, warnings } = await writeWorkspaceDataset(service, out, { format: 'jsonl', ...options });
      expect(warnings).toEqual(whole.warnings);
      const files = Object.fromEntries(written.map((path) => [relative(out, path), readFileSync(path, 'utf8')]));
      expect(files).toEqual(Object.fromEntries(whole.files.map((f) => [f.path, f.content])));
      expect(files['README.md']).toMatch(/alpha/i);
    }
  });
});
