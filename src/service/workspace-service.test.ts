import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { initWorkspace } from './init-workspace';
import { bytesOf, tempFolder, workspaceSnapshot } from './test-workspace';
import { WorkspaceService } from './workspace-service';

let folder: ReturnType<typeof tempFolder>;
let root: string;
const open: WorkspaceService[] = [];

async function openWorkspace(options = {}): Promise<WorkspaceService> {
  const service = await WorkspaceService.open(root, { author: 'ana', ...options });
  open.push(service);
  return service;
}

const snapshot = (): Record<string, string> => workspaceSnapshot(root);

async function importOne(service: WorkspaceService, name: string, text: string) {
  const [outcome] = await service.importFiles([{ name, bytes: bytesOf(text) }]);
  if (outcome?.status !== 'imported') throw new Error(`import failed: ${JSON.stringify(outcome)}`);
  return outcome.document;
}

beforeEach(async () => {
  folder = tempFolder();
  root = join(folder.path, 'ws');
  await initWorkspace(root);
});

afterEach(() => {
  open.splice(0).forEach((s) => s.close());
  folder.cleanup();
});

describe('WorkspaceService', () => {
  it('keeps documents and annotations across a reopen', async () => {
    const first = await openWorkspace();
    const doc = await importOne(first, 'a.txt', 'Officials said 😀 1,500 troops.\n');
    const span = await first.createAnnotation({ documentId: doc.id, label: 'Claim', start: 18, end: 30 });
    expect(span).toMatchObject({ quote: '1,500 troops', prefix: 'Officials said 😀 ', author: 'ana' });
    first.close();

    const second = await openWorkspace();
    expect(second.listDocuments().map((d) => d.title)).toEqual(['Officials said 😀 1,500 troops.']);
    expect(await second.spansOf(doc.id)).toEqual([span]);
    await second.deleteAnnotation(doc.id, span.id);
    second.close();
    expect(await (await openWorkspace()).spansOf(doc.id)).toEqual([]);
  });

  it('writes one annotations file per document and leaves the others alone', async () => {
    const service = await openWorkspace();
    const a = await importOne(service, 'a.txt', 'Alpha text here');
    const b = await importOne(service, 'b.txt', 'Beta text here');
    await service.createAnnotation({ documentId: b.id, label: 'Source', start: 0, end: 4 });
    const before = snapshot();
    await service.createAnnotation({ documentId: a.id, label: 'Claim', start: 0, end: 5 });
    const after = snapshot();
    const changed = Object.keys(after).filter((f) => after[f] !== before[f]);
    // The edit is appended to the document's journal; closing folds it into the file and backs that up.
    expect(changed).toEqual([join('annotations', `${a.id}.json.journal`)]);
    service.close();
    const closed = snapshot();
    const changedOnClose = Object.keys({ ...closed, ...after }).filter((f) => closed[f] !== after[f]);
    expect(changedOnClose).toContain(join('.collate', 'backups', 'annotations', `${a.id}.json.1`));
    // Backups and the corpus index live in .collate/, which git ignores.
    const tracked = changedOnClose.filter((f) => !f.startsWith(join('.collate', 'backups')));
    expect(tracked.filter((f) => !f.startsWith(join('.collate', 'cache'))).sort()).toEqual(
      [a, b].flatMap((d) => [join('annotations', `${d.id}.json`), join('annotations', `${d.id}.json.journal`)]).sort(),
    );
    expect(closed[join('annotations', `${a.id}.json`)]!.split('\n').filter((l) => l.includes('"quote"'))).toHaveLength(
      1,
    );
  });

  it('reports each failed file and imports the rest; duplicates are skipped by content hash', async () => {
    const service = await openWorkspace();
    const outcomes = await service.importFiles([
      { name: 'empty.txt', bytes: new Uint8Array() },
      { name: 'good.txt', bytes: bytesOf('Good text') },
      { name: 'binary.txt', bytes: new Uint8Array([0, 1, 2, 3]) },
      { name: 'again.txt', bytes: bytesOf('Good text') },
      { name: 'crlf.txt', bytes: bytesOf('Good text\r\n'.replace('\r\n', '')) },
    ]);
    expect(outcomes.map((o) => [o.file, o.status])).toEqual([
      ['empty.txt', 'failed'],
      ['good.txt', 'imported'],
      ['binary.txt', 'failed'],
      ['again.txt', 'duplicate'],
      ['crlf.txt', 'duplicate'],
    ]);
    expect(outcomes[0]).toMatchObject({ reason: 'The file is empty.' });
    expect(service.listDocuments()).toHaveLength(1);
  });

  it('refuses a corrupt annotations file with a message naming it, and never overwrites it', async () => {
    const service = await openWorkspace();
    const doc = await importOne(service, 'a.txt', 'Some claim text');
    service.close();
    const file = join(root, 'annotations', `${doc.id}.json`);
    writeFileSync(file, '{"$collate": "annotations", "spans": [');
    const reopened = await openWorkspace();
    await expect(reopened.spansOf(doc.id)).rejects.toThrow(`annotations/${doc.id}.json is not valid JSON`);
    await expect(reopened.createAnnotation({ documentId: doc.id, label: 'Claim', start: 0, end: 4 })).rejects.toThrow(
      /not valid JSON/,
    );
    expect(readFileSync(file, 'utf8')).toBe('{"$collate": "annotations", "spans": [');
  });

  it('names foreign files, newer format versions and a missing manifest', async () => {
    rmSync(join(root, '.collate'), { recursive: true });
    writeFileSync(join(root, 'relations.json'), JSON.stringify({ hello: 'world' }));
    await expect(openWorkspace()).rejects.toThrow('relations.json is not a Collate relations file');
    writeFileSync(
      join(root, 'relations.json'),
      JSON.stringify({ $collate: 'relations', $version: 99, relations: [], claimGroups: [] }),
    );
    await expect(openWorkspace()).rejects.toThrow('relations.json was written by a newer Collate (format version 99');
    rmSync(join(root, 'collate.json'));
    await expect(openWorkspace()).rejects.toThrow(/is not a Collate workspace \(it has no collate.json\)/);
    await expect(WorkspaceService.open(join(folder.path, 'nowhere'))).rejects.toThrow(/There is no folder at/);
  });

  it('renames a damaged file aside and restores its last good version from the rolling backup', async () => {
    const service = await openWorkspace();
    const doc = await importOne(service, 'a.txt', 'Some claim text here');
    const first = await service.createAnnotation({ documentId: doc.id, label: 'Claim', start: 0, end: 4 });
    const second = await service.createAnnotation({ documentId: doc.id, label: 'Source', start: 5, end: 10 });
    service.close();
    const file = join(root, 'annotations', `${doc.id}.json`);
    writeFileSync(file, '{"$collate": "annotations", "spa');
    const reopened = await openWorkspace();
    expect(await reopened.spansOf(doc.id)).toEqual([first, second]);
    const [problem] = reopened.info().problems;
    expect(problem).toMatch(
      new RegExp(
        `^annotations/${doc.id}.json is not valid JSON .*It was moved to annotations/${doc.id}.json.damaged-\\S+, and its last good version \\(saved .*\\) was restored.$`,
      ),
    );
    const aside = readdirSync(join(root, 'annotations')).find((n) => n.includes('.damaged-'))!;
    expect(readFileSync(join(root, 'annotations', aside), 'utf8')).toBe('{"$collate": "annotations", "spa');
  });

  it('leaves a file from a newer Collate alone even when a backup exists', async () => {
    writeFileSync(
      join(root, 'relations.json'),
      JSON.stringify({ $collate: 'relations', $version: 3, relations: [], claimGroups: [] }),
    );
    await expect(openWorkspace()).rejects.toThrow('newer Collate');
    expect(JSON.parse(readFileSync(join(root, 'relations.json'), 'utf8')).$version).toBe(3);
  });

  it('opens a workspace with a damaged document file and lists the problem', async () => {
    const service = await openWorkspace();
    await importOne(service, 'a.txt', 'Good one');
    service.close();
    writeFileSync(join(root, 'documents', 'd-broken.json'), 'not json');
    const reopened = await openWorkspace();
    expect(reopened.listDocuments()).toHaveLength(1);
    expect(reopened.info().problems).toEqual([expect.stringContaining('documents/d-broken.json is not valid JSON')]);
  });

  it('changes nothing when a save fails', async () => {
    const service = await openWorkspace();
    const doc = await importOne(service, 'a.txt', 'Some claim text');
    const span = await service.createAnnotation({ documentId: doc.id, label: 'Claim', start: 0, end: 4 });
    rmSync(join(root, 'annotations'), { recursive: true });
    writeFileSync(join(root, 'annotations'), 'a file where the folder was');
    await expect(service.createAnnotation({ documentId: doc.id, label: 'Claim', start: 5, end: 10 })).rejects.toThrow(
      `Could not save annotations/${doc.id}.json: a folder of the workspace is missing or is a file. Nothing was changed.`,
    );
    expect(await service.spansOf(doc.id)).toEqual([span]);
    rmSync(join(root, 'documents'), { recursive: true });
    writeFileSync(join(root, 'documents'), '');
    const [outcome] = await service.importFiles([{ name: 'b.txt', bytes: bytesOf('Another') }]);
    expect(outcome).toMatchObject({
      status: 'failed',
      reason: expect.stringMatching(/^Could not save documents\/d-\w+-?\w*\.json/),
    });
    expect(service.listDocuments()).toHaveLength(1);
  });

  it('refuses a second process on the same workspace, and takes over a stale lock', async () => {
    const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 20000)']);
    try {
      writeFileSync(
        join(root, '.collate.lock'),
        JSON.stringify({ pid: holder.pid, host: (await import('node:os')).hostname(), since: 'then' }),
      );
      await expect(openWorkspace()).rejects.toThrow(`is already open in another Collate process (pid ${holder.pid}`);
      await expect(openWorkspace({ readOnly: true })).resolves.toBeDefined();
    } finally {
      holder.kill();
    }
    await new Promise((resolve) => holder.once('exit', resolve));
    await expect(openWorkspace()).resolves.toBeDefined();
  });

  it('refuses to initialise a folder that holds other files', async () => {
    await expect(initWorkspace(root)).rejects.toThrow('is already a Collate workspace');
    writeFileSync(join(folder.path, 'other.txt'), 'x');
    await expect(initWorkspace(folder.path)).rejects.toThrow('is not empty');
  });
});

describe('re-importing a changed document', () => {
  const ORIGINAL =
    'Kursk report\nOfficials said Russia lost 1,500 troops a day. The admiral added more.\nA last line to drop.\n';

  async function annotated() {
    const service = await openWorkspace();
    const doc = await importOne(service, 'kursk.txt', ORIGINAL);
    const tag = (quote: string) => {
      const start = ORIGINAL.indexOf(quote);
      return service.createAnnotation({ documentId: doc.id, label: 'Claim', start, end: start + quote.length });
    };
    const spans = [
      await tag('Russia lost 1,500 troops a day'),
      await tag('The admiral'),
      await tag('A last line to drop'),
    ];
    return { service, doc, spans };
  }

  it('carries every span over and reports kept, moved, fuzzy and orphaned', async () => {
    const { service, doc, spans } = await annotated();
    const corrected =
      'Kursk report (updated)\nOfficials said Russia lost 1,500 soldiers a day. The admiral added more.\n';
    const report = await service.reimportDocument(doc.id, { name: 'kursk-v2.txt', bytes: bytesOf(corrected) });
    expect(report.counts).toEqual({ kept: 0, moved: 1, fuzzy: 1, orphaned: 1 });
    expect(report.orphaned).toEqual([spans[2]!.id]);
    const after = await service.spansOf(doc.id);
    expect(
      after.map((s) => [s.id, s.orphaned ?? false, s.orphaned ? s.quote : corrected.slice(s.start, s.end)]),
    ).toEqual([
      [spans[0]!.id, false, 'Russia lost 1,500 soldiers a day'],
      [spans[1]!.id, false, 'The admiral'],
      [spans[2]!.id, true, 'A last line to drop'],
    ]);
    expect(service.document(doc.id)).toMatchObject({
      text: corrected,
      source: 'kursk-v2.txt',
      revisions: [{ source: 'kursk.txt' }],
    });

    const reattached = await service.reattachAnnotation(doc.id, spans[2]!.id, { start: 0, end: 5 });
    expect(reattached).toMatchObject({ quote: 'Kursk', start: 0, end: 5 });
    expect(reattached.orphaned).toBeUndefined();
  });

  it('finishes a re-import that crashed after the document was written', async () => {
    const { service, doc, spans } = await annotated();
    service.close();
    const file = join(root, 'documents', `${doc.id}.json`);
    const stored = JSON.parse(readFileSync(file, 'utf8'));
    const changed = 'Breaking: ' + ORIGINAL;
    const { createHash } = await import('node:crypto');
    stored.previousText = stored.text;
    stored.text = changed;
    stored.textSha256 = createHash('sha256').update(changed).digest('hex');
    writeFileSync(file, JSON.stringify(stored));
    const reopened = await openWorkspace();
    const after = await reopened.spansOf(doc.id);
    expect(after.map((s) => changed.slice(s.start, s.end))).toEqual(spans.map((s) => s.quote));
  });

  it('refuses a re-import whose file cannot be read, changing nothing', async () => {
    const { service, doc } = await annotated();
    const before = snapshot();
    await expect(
      service.reimportDocument(doc.id, { name: 'broken.txt', bytes: new Uint8Array([0, 0, 0]) }),
    ).rejects.toThrow('broken.txt: The file holds binary data, not text.');
    expect(snapshot()).toEqual(before);
  });
});
