import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportDataset } from '../../src/core/dataset-export/export-dataset';
import { exportText } from '../../src/core/dataset-export/export-text';
import { DATE, fixtureInput } from '../../src/core/formats/__fixtures__/dataset';
import type { CollateDocument, SpanAnnotation } from '../../src/core/model';
import { sanitizeNoteHtml } from '../../src/core/sanitize-note-html';
import { initWorkspace } from '../../src/service/init-workspace';
import { bytesOf, tempFolder } from '../../src/service/test-workspace';
import { WorkspaceService } from '../../src/service/workspace-service';

// Issue #16, item 6: note HTML keeps only the formatting the note editor makes, on every way in and out.

const VECTORS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<svg/onload=alert(1)>',
  '<a href="javascript:alert(1)">x</a>',
  '<a href="jav&#x09;ascript:alert(1)">x</a>',
  '<a href=" &#106;avascript:alert(1)">x</a>',
  '<a href="data:text/html,<script>alert(1)</script>">x</a>',
  '<p onclick="alert(1)" style="x:expression(alert(1))">x</p>',
  '<scr<script>ipt>alert(1)</script>',
  '<SCRIPT SRC=//x.example/x.js></SCRIPT>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<p>unclosed <b>bold <a href="https://x.example" onmouseover="alert(1)',
  '<!--<script>alert(1)</script>--><p>after</p>',
  '<!--><img src=x onerror=alert(1)>-->',
  '"><img src=x onerror=alert(1)>',
  '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
  '<style>@import "https://x.example/x.css";</style>',
  '<a href="https://x.example/"onclick=alert(1)>x</a>',
  '<p title="</p><script>alert(1)</script>">t</p>',
  '<<script>script>alert(1)<</script>/script>',
  '<form><button formaction=javascript:alert(1)>x</button></form>',
  '<body onload=alert(1)>',
  '<a href="&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116:alert(1)">x</a>',
];

/** What is left of HTML once every allowed tag is removed: must hold no markup at all. */
function assertSafe(html: string): void {
  expect(html).not.toMatch(/<script|<img|<svg|<iframe|<style|<math|<form|<body|<button/i);
  expect(html).not.toMatch(/\son\w+\s*=|javascript:|data:|style=/i);
  const tags = html.match(/<[^>]*>/g) ?? [];
  for (const tag of tags) {
    expect(tag).toMatch(/^<\/?(p|br|hr|strong|b|em|i|u|s|code|pre|blockquote|ul|ol|li|h[1-6]|a)( [a-z]+="[^"<>]*")*>$/);
  }
}

describe('sanitizeNoteHtml', () => {
  it('keeps what the note editor writes as it is', () => {
    const editor =
      '<p>A <strong>bold</strong>, <em>italic</em>, <u>u</u> and <s>s</s> <code>c</code> note</p>' +
      '<ul><li><p>one</p></li></ul><ol start="3"><li><p>two</p></li></ol><blockquote><p>q</p></blockquote><hr>' +
      '<p><a href="https://example.org/a?b=1&amp;c=2" rel="noopener noreferrer nofollow">link</a><br>next &lt;tag&gt;</p>';
    expect(sanitizeNoteHtml(editor)).toBe(editor);
  });

  it.each(VECTORS)('leaves nothing that runs of %s', (vector) => {
    const clean = sanitizeNoteHtml(vector);
    assertSafe(clean);
    expect(sanitizeNoteHtml(clean), 'sanitising twice changes nothing').toBe(clean);
  });

  it('keeps mailto and http links, drops relative and script ones', () => {
    expect(sanitizeNoteHtml('<a href="mailto:a@b.example">m</a>')).toContain('href="mailto:a@b.example"');
    expect(sanitizeNoteHtml('<a href="/etc/passwd">m</a>')).toBe('<a>m</a>');
    expect(sanitizeNoteHtml('<a href="JaVaScRiPt:alert(1)">m</a>')).toBe('<a>m</a>');
  });
});

describe('notes through the workspace', () => {
  let folder: ReturnType<typeof tempFolder>;
  let service: WorkspaceService;
  let document: CollateDocument;
  let span: SpanAnnotation;
  const hostile = '<p>Seen <img src=x onerror=alert(1)><script>alert(2)</script></p>';

  beforeEach(async () => {
    folder = tempFolder();
    const root = join(folder.path, 'ws');
    await initWorkspace(root);
    service = await WorkspaceService.open(root, { author: 'ana' });
    const [outcome] = await service.importFiles([
      { name: 'a.txt', bytes: bytesOf('Officials said 1,500 troops moved.\n') },
    ]);
    if (outcome?.status !== 'imported') throw new Error('import failed');
    document = service.document(outcome.document.id);
    span = await service.createAnnotation({ documentId: document.id, label: 'Claim', start: 15, end: 27 });
  });

  afterEach(() => {
    service.close();
    folder.cleanup();
  });

  it('sanitises a note written through updateAnnotation, updateDocument and restoreAnnotation', async () => {
    const updated = await service.updateAnnotation({ documentId: document.id, id: span.id, note: hostile });
    expect(updated.note).toBe('<p>Seen </p>');
    expect((await service.spansOf(document.id))[0]!.note).toBe('<p>Seen </p>');
    await service.updateDocument({ id: document.id, note: hostile });
    expect(service.document(document.id).note).toBe('<p>Seen </p>');
    await service.deleteAnnotation(document.id, span.id);
    expect((await service.restoreAnnotation({ ...span, note: hostile })).note).toBe('<p>Seen </p>');
  });

  it('sanitises notes a Collate JSONL file carries when it is imported', async () => {
    const input = fixtureInput();
    const [id, spans] = [...input.spans.entries()][0]!;
    const planted = {
      ...input,
      spans: new Map([...input.spans, [id, [{ ...spans[0]!, note: 'MARK' }, ...spans.slice(1)]]]),
      documents: input.documents.map((d) => (d.id === id ? { ...d, note: 'MARK' } : d)),
    };
    const jsonl = exportText(exportDataset('collate-jsonl', planted, { date: DATE }).files[0]!);
    const file = jsonl.replaceAll('"MARK"', JSON.stringify(hostile));
    expect(file).toContain('onerror');
    const outcomes = await service.importAnnotated([{ name: 'planted.jsonl', bytes: bytesOf(file) }]);
    const imported = outcomes.filter((o) => o.status === 'imported');
    expect(imported.length).toBeGreaterThan(0);
    for (const summary of service.listDocuments()) {
      assertSafe(service.document(summary.id).note ?? '');
      for (const s of await service.spansOf(summary.id)) assertSafe(s.note ?? '');
    }
    const notes = (await Promise.all(service.listDocuments().map((d) => service.spansOf(d.id))))
      .flat()
      .map((s) => s.note);
    expect(notes).toContain('<p>Seen </p>');
  });

  it('keeps the AnnotatorNotes of a brat file as text, never markup, when it is imported', async () => {
    const text = 'Officials of the brat file said 2,000 troops moved.\n';
    const ann = VECTORS.map(
      (v, i) => `T${i + 1}\tClaim 0 9\tOfficials\n#${i + 1}\tAnnotatorNotes T${i + 1}\t${v}\n`,
    ).join('');
    const outcomes = await service.importAnnotated([
      { name: 'brat/a.txt', bytes: bytesOf(text) },
      { name: 'brat/a.ann', bytes: bytesOf(ann) },
    ]);
    expect(outcomes.map((o) => o.status)).toContain('imported');
    const imported = service.listDocuments().find((d) => service.document(d.id).text === text)!;
    const notes = (await service.spansOf(imported.id)).map((s) => s.note ?? '');
    expect(notes.filter((n) => n !== '')).toHaveLength(VECTORS.length);
    // brat notes are plain text: kept as escaped text in a paragraph, never as markup.
    for (const note of notes) expect(note.replace(/^<p>|<\/p>$/g, ''), note).not.toMatch(/[<>]/);
  });

  it('sanitises notes on export even when the workspace on disk holds a hostile one', () => {
    const input = fixtureInput();
    const [id, spans] = [...input.spans.entries()][0]!;
    const hostileInput = {
      ...input,
      spans: new Map([...input.spans, [id, [{ ...spans[0]!, note: hostile }, ...spans.slice(1)]]]),
      documents: input.documents.map((d) => (d.id === id ? { ...d, note: hostile } : d)),
    };
    for (const format of ['collate-jsonl', 'w3c', 'csv'] as const) {
      const text = exportDataset(format, hostileInput, { date: DATE }).files.map(exportText).join('\n');
      expect(text, format).not.toMatch(/onerror|<script/i);
      expect(text, format).toContain('Seen');
    }
  });
});
