import { existsSync, readFileSync, renameSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { bytesOf, FreshWorkspace } from '../test-workspace';
import { SEARCH_INDEX_FILE } from './corpus-search';

let ws: FreshWorkspace;

beforeEach(async () => {
  ws = await FreshWorkspace.open('ana');
});

afterEach(() => ws.dispose());

describe('searchCorpus', () => {
  it('reads no document again for a later query, however many the workspace holds', async () => {
    const words = ['alder', 'birch', 'cedar', 'dogwood', 'elm', 'fir', 'gum', 'hazel', 'ivy', 'juniper'];
    // More documents than the service keeps in memory with their text.
    const files = Array.from({ length: 80 }, (_, i) => ({
      name: `n${i}.txt`,
      bytes: bytesOf(`Note ${i}\n\nThe ${words[i % 10]} grove number q${i}x stands by the harbour.\n`),
    }));
    await ws.service.importFiles(files);
    expect(await ws.service.searchCorpus('harbour', 5)).toHaveLength(5);
    const read = vi.spyOn(ws.service, 'document');
    const hits = await ws.service.searchCorpus('q17x', 5);
    expect(hits.map((h) => h.title)).toEqual(['Note 17']);
    expect(read.mock.calls.length).toBeLessThanOrEqual(5);
  });

  it('ranks a document whose title holds the words above one that only mentions them, and places text hits', async () => {
    const plain = await ws.importText('plain.txt', 'Notes\n\nThe harbour closed after the ceasefire talks failed.\n');
    const titled = await ws.importText('titled.md', '# Ceasefire talks\n\nNegotiators met again.\n');
    const hits = await ws.service.searchCorpus('ceasefire', 10);
    expect(hits.map((h) => h.documentId)).toEqual([titled, plain]);
    const text = hits.find((h) => h.documentId === plain)!;
    expect(text.kind).toBe('text');
    expect(ws.service.document(plain).text.slice(text.start, text.end)).toBe('ceasefire');
    expect(text.snippet).toContain('ceasefire talks failed');
  });

  it('finds spans by label, attribute, note and annotator, each at its span', async () => {
    const id = await ws.importText('a.txt', 'Officials said 1,500 troops moved north.\n');
    const claim = await ws.service.createAnnotation({ documentId: id, label: 'Claim', start: 15, end: 27 });
    await ws.service.updateAnnotation({ documentId: id, id: claim.id, note: '<p>Check against <b>Reuters</b></p>' });
    const source = await ws.service.createAnnotation({ documentId: id, label: 'Source', start: 0, end: 9 });
    const byNote = await ws.service.searchCorpus('reuters', 10);
    expect(byNote).toHaveLength(1);
    expect(byNote[0]).toMatchObject({ kind: 'annotation', spanId: claim.id, start: 15, end: 27, fields: ['note'] });
    const byLabel = (await ws.service.searchCorpus('source', 10)).filter((h) => h.kind === 'annotation');
    expect(byLabel.map((h) => h.spanId)).toEqual([source.id]);
    const byAnnotator = await ws.service.searchCorpus('ana', 10);
    expect(byAnnotator.map((h) => h.spanId).sort()).toEqual([claim.id, source.id].sort());
    expect(byAnnotator.every((h) => h.fields.includes('annotator'))).toBe(true);
    const attributes = ws.service.info().schema.labels.find((l) => l.name === 'Source')!.attributes ?? [];
    const kind = attributes[0];
    if (kind) {
      await ws.service.updateAnnotation({
        documentId: id,
        id: source.id,
        attributes: { [kind.name]: kind.values[0]! },
      });
      const byAttribute = await ws.service.searchCorpus(kind.values[0]!, 10);
      expect(byAttribute.some((h) => h.spanId === source.id && h.fields.includes('attributes'))).toBe(true);
    }
  });

  it('keeps up with edits, new documents and removals in the session', async () => {
    const id = await ws.importText('a.txt', 'Officials said 1,500 troops moved north.\n');
    expect(await ws.service.searchCorpus('claim', 10)).toEqual([]);
    const span = await ws.service.createAnnotation({ documentId: id, label: 'Claim', start: 15, end: 27 });
    expect((await ws.service.searchCorpus('claim', 10)).map((h) => h.spanId)).toEqual([span.id]);
    await ws.service.deleteAnnotation(id, span.id);
    expect(await ws.service.searchCorpus('claim', 10)).toEqual([]);
    const other = await ws.importText('b.txt', 'A spokesman denied it.\n');
    expect((await ws.service.searchCorpus('spokesman', 10)).map((h) => h.documentId)).toEqual([other]);
    await ws.service.updateDocument({ id: other, outlet: 'Harbour Gazette' });
    expect((await ws.service.searchCorpus('gazette', 10)).map((h) => h.fields)).toEqual([['outlet']]);
    await ws.service.removeDocuments([other]);
    expect(await ws.service.searchCorpus('spokesman', 10)).toEqual([]);
  });

  it('reads the index from the cache, and re-indexes a document whose annotations changed on disk', async () => {
    const id = await ws.importText('a.txt', 'Officials said 1,500 troops moved north.\n');
    await ws.service.createAnnotation({ documentId: id, label: 'Claim', start: 15, end: 27 });
    await ws.service.searchCorpus('troops', 10);
    expect(ws.service.searchIndexOrigin).toBe('rebuilt');
    await ws.reopen();
    expect(existsSync(join(ws.root, SEARCH_INDEX_FILE))).toBe(true);
    expect((await ws.service.searchCorpus('claim', 10)).length).toBe(1);
    expect(ws.service.searchIndexOrigin).toBe('cache');
    // Another copy of the workspace (git pull, which replaces files) relabels the span: the document's
    // files' stamps differ, so it is indexed again.
    ws.service.close();
    const file = join(ws.root, 'annotations', `${id}.json`);
    writeFileSync(`${file}.pulled`, readFileSync(file, 'utf8').replace('"Claim"', '"Source"'));
    renameSync(`${file}.pulled`, file);
    await ws.open();
    expect((await ws.service.searchCorpus('source', 10)).map((h) => h.kind)).toEqual(['annotation']);
    expect(await ws.service.searchCorpus('claim', 10)).toEqual([]);
  });

  it('rebuilds a damaged index with a message naming it, writes a sound one, and removes the old cache', async () => {
    await ws.importText('a.txt', 'Officials said 1,500 troops moved north.\n');
    await ws.service.searchCorpus('troops', 10);
    await ws.reopen();
    const cache = join(ws.root, SEARCH_INDEX_FILE);
    const sound = readFileSync(cache);
    writeFileSync(cache, sound.subarray(0, sound.length - 20));
    writeFileSync(join(ws.root, '.collate', 'cache', 'search-index.json'), '{"format":"collate-search-index"}');
    await ws.reopen();
    expect((await ws.service.searchCorpus('troops', 10)).length).toBe(1);
    expect(ws.service.searchIndexOrigin).toBe('rebuilt');
    expect(ws.service.searchIndexNotice).toMatch(
      /search-index\.bin could not be used \(the search index is damaged .*rebuilt/,
    );
    await ws.reopen();
    expect((await ws.service.searchCorpus('troops', 10)).length).toBe(1);
    expect(ws.service.searchIndexOrigin).toBe('cache');
    expect(ws.service.searchIndexNotice).toBeNull();
    expect(existsSync(join(ws.root, '.collate', 'cache', 'search-index.json'))).toBe(false);
  });

  it('rebuilds an index whose postings turn out damaged when a query reads them, and answers that query', async () => {
    await ws.importText('a.txt', 'Officials said 1,500 troops moved north.\n');
    await ws.service.searchCorpus('troops', 10);
    await ws.reopen();
    const cache = join(ws.root, SEARCH_INDEX_FILE);
    const bytes = readFileSync(cache);
    const head = bytes.readUInt32LE(0);
    const sections = (JSON.parse(bytes.toString('utf8', 4, 4 + head)) as { sections: Record<string, number[]> })
      .sections;
    const postings = Math.ceil((4 + head) / 8) * 8 + sections['postingRecord']![0]!;
    for (let at = postings; at < postings + sections['postingRecord']![1]!; at += 4) bytes.writeUInt32LE(7777, at);
    writeFileSync(cache, bytes);
    await ws.reopen();
    expect((await ws.service.searchCorpus('troops', 10)).map((h) => h.kind)).toEqual(['text']);
    expect(ws.service.searchIndexOrigin).toBe('rebuilt');
    expect(ws.service.searchIndexNotice).toContain('damaged (postings)');
  });

  it('counts a label once per document and annotator, at its first span, and keeps edits made on a cached index', async () => {
    const text = 'Officials said troops moved north and south and east and west again.\n';
    const id = await ws.importText('a.txt', text);
    for (const word of ['west', 'troops', 'south', 'east'])
      await ws.service.createAnnotation({
        documentId: id,
        label: 'Claim',
        start: text.indexOf(word),
        end: text.indexOf(word) + word.length,
      });
    const claims = await ws.service.searchCorpus('claim', 10);
    expect(claims.map((h) => [h.kind, h.start, h.fields])).toEqual([['annotation', text.indexOf('troops'), ['label']]]);
    await ws.reopen();
    const [first] = await ws.service.spansOf(id);
    await ws.service.updateAnnotation({ documentId: id, id: first!.id, note: '<p>Verify with the ministry</p>' });
    const byNote = await ws.service.searchCorpus('ministry', 10);
    expect(byNote.map((h) => h.spanId)).toEqual([first!.id]);
    expect(ws.service.searchIndexOrigin).toBe('cache');
    await ws.reopen();
    expect((await ws.service.searchCorpus('ministry', 10)).map((h) => h.spanId)).toEqual([first!.id]);
    expect(ws.service.searchIndexOrigin).toBe('cache');
  });

  it('finds after reopening an edit made after the last query, the index built before it having been written', async () => {
    const id = await ws.importText('a.txt', 'Officials said 1,500 troops moved north.\n');
    await ws.importText('b.txt', 'A spokesman denied it.\n');
    await ws.service.searchCorpus('troops', 10);
    expect(ws.service.searchIndexOrigin).toBe('rebuilt');
    const span = await ws.service.createAnnotation({ documentId: id, label: 'Claim', start: 15, end: 27 });
    await ws.service.updateAnnotation({ documentId: id, id: span.id, note: '<p>zebra crossing</p>' });
    await ws.reopen(); // writes the index built before the edit
    expect((await ws.service.searchCorpus('zebra', 10)).map((h) => h.spanId)).toEqual([span.id]);
    expect(ws.service.searchIndexOrigin).toBe('cache');
    expect((await ws.service.searchCorpus('spokesman', 10)).length).toBe(1);
  });

  it('never follows a cache file that is a link, nor writes through it', async () => {
    await ws.importText('a.txt', 'Officials said 1,500 troops moved north.\n');
    await ws.service.searchCorpus('troops', 10);
    await ws.reopen();
    const outside = join(ws.folder.path, 'outside.json');
    writeFileSync(outside, readFileSync(join(ws.root, SEARCH_INDEX_FILE)));
    const before = readFileSync(outside, 'utf8');
    const cache = join(ws.root, SEARCH_INDEX_FILE);
    unlinkSync(cache);
    symlinkSync(outside, cache);
    await ws.reopen();
    expect((await ws.service.searchCorpus('troops', 10)).length).toBe(1);
    expect(ws.service.searchIndexOrigin).toBe('rebuilt');
    await ws.importText('b.txt', 'More troops.\n');
    await ws.service.searchCorpus('troops', 10);
    ws.service.close();
    expect(readFileSync(outside, 'utf8')).toBe(before);
    await ws.open();
  });

  it('finds documents by their tags, and forgets a tag once it is removed', async () => {
    const id = await ws.importText('a.txt', 'Officials said 1,500 troops moved north.\n');
    await ws.importText('b.txt', 'Another article.\n');
    await ws.service.tagDocuments([id], ['ceasefire talks', 'Kyiv'], []);
    const hits = await ws.service.searchCorpus('kyiv', 10);
    expect(hits.map((h) => [h.documentId, h.kind, h.fields])).toEqual([[id, 'details', ['tags']]]);
    expect(hits[0]!.snippet).toContain('#ceasefire talks #Kyiv');
    await ws.service.tagDocuments([id], [], ['kyiv']);
    expect(await ws.service.searchCorpus('kyiv', 10)).toEqual([]);
    expect((await ws.service.searchCorpus('ceasefire', 10)).map((h) => h.documentId)).toEqual([id]);
  });
});
