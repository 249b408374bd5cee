import { join } from 'node:path';
import { strFromU8, unzlibSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DatasetExport } from '../api/contract';
import { datasetFormatList } from '../core/dataset-export/index';
import { initWorkspace } from './init-workspace';
import { bytesOf, tempFolder } from './test-workspace';
import { WorkspaceService } from './workspace-service';

/** Each document's claim holds a word found nowhere else, so any format that carries it shows where it went. */
const MARKERS = ['Quokkaa', 'Quokkab', 'Quokkac', 'Quokkad', 'Quokkae', 'Quokkaf'];
const SPLIT = { seed: 'every-format', train: 1, dev: 1, test: 1 };

const dataFiles = (result: DatasetExport) => result.files.filter((f) => f.path !== 'README.md');
/** A file's text; a binary one (spaCy's DocBin: zlib over msgpack) is inflated and read byte for byte (the markers are ASCII). */
const textOf = (file: DatasetExport['files'][number]): string =>
  file.encoding === 'base64'
    ? strFromU8(unzlibSync(new Uint8Array(Buffer.from(file.content, 'base64'))), true)
    : file.content;
const filesWith = (result: DatasetExport, word: string) =>
  dataFiles(result)
    .filter((f) => new RegExp(`\\b${word}\\b`).test(textOf(f)))
    .map((f) => f.path);

describe.each(datasetFormatList().map((f) => f.name))('the %s export', (format) => {
  let folder: ReturnType<typeof tempFolder>;
  let service: WorkspaceService;
  let ids: string[];

  beforeEach(async () => {
    folder = tempFolder();
    const root = await initWorkspace(join(folder.path, 'ws'));
    service = await WorkspaceService.open(root, { author: 'ana', now: () => new Date('2025-01-02T03:04:05Z') });
    const files = MARKERS.map((m, i) => ({
      name: `${m}.txt`,
      bytes: bytesOf(`Story ${i + 1}\nThe minister said ${m} ships came.\n`),
    }));
    await service.importFiles(files);
    ids = service.listDocuments().map((d) => d.id);
    for (const id of ids) {
      const text = service.document(id).text;
      const at = (words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });
      const claim = await service.createAnnotation({ documentId: id, label: 'Claim', ...at('ships came') });
      await service.createAnnotation({ documentId: id, label: 'Claim', ...at(MARKERS[ids.indexOf(id)]!) });
      const source = await service.createAnnotation({ documentId: id, label: 'Source', ...at('The minister') });
      await service.createRelation({ type: 'attributed-to', from: claim.id, to: source.id });
    }
  });
  afterEach(() => {
    service.close();
    folder.cleanup();
  });

  it('writes only the chosen documents, each in exactly one split folder', async () => {
    const chosen = ids.slice(0, 4);
    const result = await service.exportDatasetFiles({ format, documentIds: chosen, split: SPLIT });
    const parts = new Set(dataFiles(result).map((f) => f.path.split('/')[0]));
    expect([...parts].every((p) => ['train', 'dev', 'test'].includes(p!))).toBe(true);
    expect(parts.size).toBeGreaterThan(1);
    for (const [i, marker] of MARKERS.entries()) {
      const partsWith = new Set(filesWith(result, marker).map((path) => path.split('/')[0]));
      expect(partsWith.size, `${marker} (document ${i + 1})`).toBe(i < 4 ? 1 : 0);
    }
  });

  it('writes only spans of the chosen labels, as if the others had never been made', async () => {
    const onlyClaims = await service.exportDatasetFiles({ format, labels: ['Claim'] });
    for (const id of ids) {
      for (const span of await service.spansOf(id)) {
        if (span.label === 'Source') await service.deleteAnnotation(id, span.id);
      }
    }
    const withoutSources = await service.exportDatasetFiles({ format });
    expect(dataFiles(onlyClaims)).toEqual(dataFiles(withoutSources));
    const withSources = await service.exportDatasetFiles({ format, labels: ['Claim', 'Source'] });
    expect(withSources.files.length).toBeGreaterThan(0);
  });
});
