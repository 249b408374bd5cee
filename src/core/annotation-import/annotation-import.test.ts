import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fixtureInput, DATE } from '../formats/__fixtures__/dataset';
import { exportDataset } from '../dataset-export/export-dataset';
import { noteToText } from '../dataset-export/note-to-text';
import { exportJsonl } from '../formats/jsonl';
import { defaultSchema } from '../default-schema';
import type { SpanAnnotation } from '../model';
import { OffsetIndex } from '../offsets';
import {
  alignImportedText,
  parseAnnotationConf,
  parseAnnotationFile,
  parseBrat,
  planBatch,
  reconcileBratNames,
  type AnnotationBundle,
  type ImportedSpan,
} from './index';
import { exportText } from '../dataset-export/export-text';

const FIXTURES = fileURLToPath(new URL('../../../test/fixtures/annotations/brat/', import.meta.url));
const read = (name: string): string => readFileSync(FIXTURES + name, 'utf8');

function brat(textName: string, anns: Array<[string, string?]>, conf = false) {
  return parseBrat({
    textName,
    text: read(textName),
    anns: anns.map(([name, annotator]) => ({ name, content: read(name), ...(annotator ? { annotator } : {}) })),
    ...(conf ? { conf: parseAnnotationConf(read('annotation.conf')) } : {}),
  });
}

const quoteOf = (text: string, s: ImportedSpan): string => s.fragments.map((f) => text.slice(f.start, f.end)).join(' ');

describe('brat standoff', () => {
  it('reads T (discontinuous), E, R, A and # lines with code-point offsets, mapping Content to Claim', () => {
    const result = brat('emoji.txt', [['emoji.ann']], true);
    if (!result.ok) throw new Error(result.error.message);
    const [doc] = result.value.documents;
    const text = doc!.text;
    const byKey = new Map(doc!.spans.map((s) => [s.key, s]));
    // T4 is the event's trigger, the same word as its cue: left out.
    expect([...byKey.keys()]).toEqual(['T1', 'T2', 'T3', 'T5', 'T6', 'T7']);
    expect(byKey.get('T1')).toMatchObject({ label: 'Claim' });
    expect(quoteOf(text, byKey.get('T1')!)).toBe('1,500 people crossed daily');
    expect(quoteOf(text, byKey.get('T2')!)).toBe('the minister 👩‍👩‍👧');
    expect(byKey.get('T2')!.note).toBe('<p>The minister, &lt;unnamed&gt; &amp; quoted</p>');
    expect(quoteOf(text, byKey.get('T7')!)).toBe('中文报道');
    expect(byKey.get('T7')!.label).toBe('Place');
    const t5 = byKey.get('T5')!;
    expect(t5.fragments).toHaveLength(2);
    expect(quoteOf(text, t5)).toBe('The ministry denied it');
    expect(t5.attributes).toEqual({ certainty: 'denied', Negated: 'true' });
    // UTF-16 offsets: after the emoji (2 units) and the ZWJ family (8 units), code points ≠ UTF-16.
    const index = new OffsetIndex(text);
    expect(index.toCodePoint(byKey.get('T3')!.fragments[0]!.start)).toBe(66);
    expect(byKey.get('T3')!.fragments[0]!.start).toBe(66 + 1 + 3);
    expect(result.value.relations).toEqual([
      { type: 'attributed-to', from: 'T5', to: 'T6' },
      { type: 'attributed-to', from: 'T1', to: 'T2' },
      { type: 'cued-by', from: 'T1', to: 'T3' },
    ]);
    expect(result.value.schema?.labels?.find((l) => l.name === 'Claim')?.attributes).toEqual([
      { name: 'certainty', values: ['asserted', 'hedged', 'denied'] },
    ]);
  });

  it('gives each annotator of one text their own spans and relations, with author', () => {
    const result = brat('multi.txt', [
      ['multi_ana.ann', 'ana'],
      ['multi_ben.ann', 'ben'],
    ]);
    if (!result.ok) throw new Error(result.error.message);
    const spans = result.value.documents[0]!.spans;
    expect(spans.map((s) => [s.key, s.label, s.author])).toEqual([
      ['0:T1', 'Source', 'ana'],
      ['0:T2', 'Cue', 'ana'],
      ['0:T3', 'Claim', 'ana'],
      ['1:T1', 'Claim', 'ben'],
      ['1:T2', 'Source', 'ben'],
    ]);
    expect(result.value.relations.map((r) => `${r.type} ${r.from}→${r.to} ${r.author}`)).toEqual([
      'attributed-to 0:T3→0:T1 ana',
      'cued-by 0:T3→0:T2 ana',
      'attributed-to 1:T1→1:T2 ben',
    ]);
  });

  it('fails a file whose offsets point past the end of its text, naming file and line', () => {
    const result = brat('short.txt', [['short.ann']]);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.error.message).toBe(
        'short.ann line 2: T2 offsets 6–40 point past the end of the text (12 characters (code points)).',
      );
  });

  it('fails on ids used twice, on references to missing spans, on text that does not match', () => {
    const run = (ann: string) =>
      parseBrat({ textName: 'a.txt', text: 'Alpha beta gamma.', anns: [{ name: 'a.ann', content: ann }] });
    expect(run('T1\tSource 0 5\tAlpha\nT1\tCue 6 10\tbeta\n')).toMatchObject({
      ok: false,
      error: { message: 'a.ann line 2: the id T1 is used twice in this file (first on line 1).' },
    });
    expect(run('T1\tSource 0 5\tAlpha\nR1\tx Arg1:T1 Arg2:T9\n')).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('a.ann line 2: R1 refers to T9') },
    });
    expect(run('T1\tSource 0 5\tAlphx\n')).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('a.ann line 1: T1: the file says "Alphx"') },
    });
    expect(run('T1\tSource 0 5 Alpha\n')).toMatchObject({
      ok: false,
      error: { message: 'a.ann line 1: bad text-bound annotation.' },
    });
  });

  it('keeps the trigger of a non-attribution event and links it to each argument by role', () => {
    const result = parseBrat({
      textName: 'a.txt',
      text: 'Rebels attacked the town.',
      anns: [
        {
          name: 'a.ann',
          content:
            'T1\tAttack 7 15\tattacked\nT2\tGroup 0 6\tRebels\nT3\tPlace 16 24\tthe town\nE1\tAttack:T1 Attacker:T2 Target2:T3\n',
        },
      ],
    });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.documents[0]!.spans.map((s) => s.label)).toEqual(['Attack', 'Group', 'Place']);
    expect(result.value.relations).toEqual([
      { type: 'Attacker', from: 'T1', to: 'T2' },
      { type: 'Target', from: 'T1', to: 'T3' },
    ]);
  });

  it('compares a discontinuous line in the order it lists its pieces', () => {
    const result = parseBrat({
      textName: 'a.txt',
      text: 'About nine voters to be Latino.',
      anns: [{ name: 'a.ann', content: 'T1\tContent 21 30;0 17\tbe Latino About nine voters\n' }],
    });
    expect(result.ok && result.value.documents[0]!.spans[0]!.fragments).toEqual([
      { start: 0, end: 17 },
      { start: 21, end: 30 },
    ]);
  });
});

describe('alignImportedText', () => {
  it('maps offsets across CRLF, lone CR and a byte-order mark; refuses other changes', () => {
    const at = alignImportedText('\uFEFFa\r\nb\rc', 'a\nb\nc')!;
    expect([0, 1, 2, 3, 4, 5, 6, 7].map(at)).toEqual([0, 0, 1, 1, 2, 3, 4, 5]);
    expect(alignImportedText('# Title', 'Title')).toBeUndefined();
  });
});

describe('planBatch', () => {
  it('pairs texts and .ann files across folders, by annotator suffix, with the nearest annotation.conf', () => {
    const plan = planBatch([
      'dev/text/a.txt',
      'dev/text/b.txt',
      'dev/attributions/a_x1.ann',
      'dev/attributions/a_x2.ann',
      'dev/attributions/b.ann',
      'dev/annotation.conf',
      'dev/attributions/orphan_q.ann',
      'notes.md',
      'export.jsonl',
      'dev/text/b.txt',
    ]);
    expect(plan).toEqual([
      {
        kind: 'brat',
        text: 'dev/text/a.txt',
        anns: [
          { path: 'dev/attributions/a_x1.ann', annotator: 'x1' },
          { path: 'dev/attributions/a_x2.ann', annotator: 'x2' },
        ],
        conf: 'dev/annotation.conf',
      },
      { kind: 'brat', text: 'dev/text/b.txt', anns: [{ path: 'dev/attributions/b.ann' }], conf: 'dev/annotation.conf' },
      {
        kind: 'failed',
        path: 'dev/attributions/orphan_q.ann',
        reason: 'no orphan_q.txt (or orphan.txt) in this batch for orphan_q.ann.',
      },
      { kind: 'document', path: 'notes.md' },
      { kind: 'annotations', path: 'export.jsonl' },
    ]);
  });

  it('refuses to guess between two texts of the same name equally near', () => {
    expect(planBatch(['x/a.txt', 'y/a.txt', 'z/a.ann'])[2]).toMatchObject({
      kind: 'failed',
      reason: expect.stringContaining('several texts'),
    });
    expect(planBatch(['x/a.txt', 'y/a.txt', 'y/a.ann'])).toEqual([
      { kind: 'document', path: 'x/a.txt' },
      { kind: 'brat', text: 'y/a.txt', anns: [{ path: 'y/a.ann' }] },
    ]);
  });
});

const must = (r: ReturnType<typeof parseAnnotationFile>): AnnotationBundle => {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

describe('Label Studio tasks', () => {
  const text = '🐱 Warning: This is a test text';
  it('reads code-point offsets, choices, notes, relations and one annotation per annotator', () => {
    const tasks = [
      {
        id: 7,
        data: { text },
        annotations: [
          {
            completed_by: { email: 'ana@example.org' },
            result: [
              {
                id: 'a',
                from_name: 'label',
                to_name: 'text',
                type: 'labels',
                value: { start: 21, end: 25, text: 'test', labels: ['Claim'] },
              },
              {
                id: 'a',
                from_name: 'attr_Claim_certainty',
                to_name: 'text',
                type: 'choices',
                value: { start: 21, end: 25, choices: ['hedged'] },
              },
              {
                id: 'a',
                from_name: 'note',
                to_name: 'text',
                type: 'textarea',
                value: { start: 21, end: 25, text: ['check <this>'] },
              },
              {
                id: 'b',
                from_name: 'label',
                to_name: 'text',
                type: 'labels',
                value: { start: 0, end: 1, text: '🐱', labels: ['Source'] },
              },
              { from_id: 'a', to_id: 'b', type: 'relation', direction: 'right', labels: ['attributed-to'] },
            ],
          },
          { completed_by: 3, result: [{ id: 'c', type: 'labels', value: { start: 2, end: 9, labels: ['Cue'] } }] },
        ],
        predictions: [{ result: [] }],
      },
    ];
    const bundle = must(parseAnnotationFile('tasks.json', JSON.stringify(tasks)));
    const doc = bundle.documents[0]!;
    expect(doc.spans.map((s) => [s.label, quoteOf(text, s), s.author, s.attributes, s.note])).toEqual([
      ['Claim', 'test', 'ana@example.org', { certainty: 'hedged' }, '<p>check &lt;this&gt;</p>'],
      ['Source', '🐱', 'ana@example.org', {}, undefined],
      ['Cue', 'Warning', 'label-studio user 3', {}, undefined],
    ]);
    expect(bundle.relations).toEqual([
      { type: 'attributed-to', from: doc.spans[0]!.key, to: doc.spans[1]!.key, author: 'ana@example.org' },
    ]);
    expect(doc.warnings).toEqual(['tasks.json task 7: 1 prediction(s) left out; only annotations are imported.']);
  });

  it('falls back to UTF-16 when only that matches the region text, and fails a task whose text does not match', () => {
    const old = {
      data: { text },
      annotations: [
        { result: [{ id: 'a', type: 'labels', value: { start: 22, end: 26, text: 'test', labels: ['Claim'] } }] },
      ],
    };
    const bundle = must(parseAnnotationFile('old.json', JSON.stringify(old)));
    expect(quoteOf(text, bundle.documents[0]!.spans[0]!)).toBe('test');
    expect(bundle.documents[0]!.warnings[0]).toMatch(/only as UTF-16 units/);
    const bad = {
      data: { text },
      annotations: [
        { result: [{ id: 'a', type: 'labels', value: { start: 2, end: 6, text: 'test', labels: ['Claim'] } }] },
      ],
    };
    const failed = must(parseAnnotationFile('bad.json', JSON.stringify([bad, old])));
    expect(failed.failures).toEqual([
      { origin: 'bad.json task 1', reason: 'region "a": the file says "test" but the offsets cover "Warn".' },
    ]);
    expect(failed.documents).toHaveLength(1);
  });

  it('keeps two regions that share an id, and merges two label controls on one region', () => {
    const result = [
      { id: 'a', from_name: 'kind', type: 'labels', value: { start: 21, end: 25, labels: ['Claim'] } },
      { id: 'a', from_name: 'stance', type: 'labels', value: { start: 21, end: 25, labels: ['Cue'] } },
      { id: 'b~2', type: 'labels', value: { start: 0, end: 1, labels: ['Source'] } },
      { id: 'b~2', type: 'labels', value: { start: 2, end: 9, labels: ['Cue'] } },
    ];
    const bundle = must(parseAnnotationFile('dup.json', JSON.stringify({ data: { text }, annotations: [{ result }] })));
    const doc = bundle.documents[0]!;
    expect(doc.spans.map((s) => [s.label, quoteOf(text, s)])).toEqual([
      ['Claim', 'test'],
      ['Cue', 'test'],
      ['Source', '🐱'],
      ['Cue', 'Warning'],
    ]);
    expect(new Set(doc.spans.map((s) => s.key)).size).toBe(4);
    expect(doc.warnings).toEqual([
      'dup.json task 1: region id "b~2" is used by two different regions; the second is read as "b~2@3".',
    ]);
  });
});

describe('doccano JSONL', () => {
  const text = 'Rocket 🚀 launch confirmed by NASA.';
  it('reads entities and relations (UTF-16 by default, as doccano counts) and the older label form', () => {
    const lines = [
      JSON.stringify({
        text,
        entities: [
          { id: 1, start_offset: 10, end_offset: 26, label: 'Claim' },
          { id: 2, start_offset: 30, end_offset: 34, label: 'Source' },
        ],
        relations: [{ id: 1, from_id: 1, to_id: 2, type: 'attributed-to' }],
      }),
      JSON.stringify({ text, label: [[9, 25, 'Claim']], offset_unit: 'codepoint' }),
      JSON.stringify({ text: 'Short.', label: [[0, 99, 'Claim']] }),
      'not json',
      JSON.stringify({ text, label: ['positive'] }),
    ];
    const bundle = must(parseAnnotationFile('d.jsonl', lines.join('\n')));
    expect(bundle.format).toBe('doccano');
    expect(bundle.documents.map((d) => d.spans.map((s) => quoteOf(text, s)))).toEqual([
      ['launch confirmed', 'NASA'],
      ['launch confirmed'],
      [],
    ]);
    expect(bundle.relations).toEqual([{ type: 'attributed-to', from: '1:1', to: '1:2' }]);
    expect(bundle.documents[0]!.warnings[0]).toMatch(/read as UTF-16 units/);
    expect(bundle.failures).toEqual([
      { origin: 'd.jsonl line 3', reason: 'label 1: offsets 0–99 point past the end of the text (6 UTF-16 units).' },
      { origin: 'd.jsonl line 4', reason: 'the line is not JSON.' },
    ]);
    expect(bundle.documents[2]!.warnings[0]).toMatch(/document labels \(positive\) left out/);
  });

  it('refuses offsets that cut an emoji in half', () => {
    const bundle = must(parseAnnotationFile('d.jsonl', JSON.stringify({ text, label: [[8, 12, 'Claim']] })));
    expect(bundle.failures[0]!.reason).toMatch(/cut a character/);
  });
});

describe('unrecognised and broken files', () => {
  it('says what is wrong', () => {
    expect(parseAnnotationFile('x.json', '')).toMatchObject({
      ok: false,
      error: { message: 'x.json: the file is empty.' },
    });
    expect(parseAnnotationFile('x.json', '{"a": 1}')).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('not an annotation format Collate reads') },
    });
    expect(parseAnnotationFile('x.jsonl', '\u0000\u0001garbage')).toMatchObject({
      ok: false,
      error: { message: 'x.jsonl: not JSON (line 1 cannot be read).' },
    });
  });
});

/** Spans of the export fixture, as comparable records: label, pieces' texts, attributes. */
function expected(filter: (s: SpanAnnotation) => boolean = () => true) {
  const input = fixtureInput();
  return input.documents.map((d) =>
    [...(input.spans.get(d.id) ?? [])]
      .filter(filter)
      .sort((a, b) => a.start - b.start || a.end - b.end || a.id.localeCompare(b.id)),
  );
}
const pieces = (text: string, fragments: Array<{ start: number; end: number }>): string[] =>
  fragments.map((f) => text.slice(f.start, f.end));

describe('round trips with the exporters', () => {
  it('Collate JSONL v2: every span, attribute, note, author, id, relation and claim group comes back', () => {
    for (const offsetUnit of ['codepoint', 'utf16'] as const) {
      const file = exportDataset('collate-jsonl', fixtureInput(), { date: DATE, offsetUnit }).files.find(
        (f) => f.path === 'dataset.jsonl',
      )!;
      const bundle = must(parseAnnotationFile('dataset.jsonl', exportText(file)));
      expect(bundle.format).toBe('collate-jsonl');
      const input = fixtureInput();
      bundle.documents.forEach((doc, i) => {
        const source = input.spans.get(input.documents[i]!.id)!;
        expect(doc.text).toBe(input.documents[i]!.text);
        expect(doc.title).toBe(input.documents[i]!.title);
        expect(
          doc.spans.map((s) => ({
            id: s.id,
            label: s.label,
            fragments: s.fragments,
            attributes: s.attributes,
            note: s.note,
            author: s.author,
          })),
        ).toEqual(
          [...source]
            .sort((a, b) => a.start - b.start || a.end - b.end || a.id.localeCompare(b.id))
            .map((s) => ({
              id: s.id,
              label: s.label,
              fragments: s.fragments ?? [{ start: s.start, end: s.end }],
              attributes: s.attributes,
              note: s.note,
              author: s.author,
            })),
        );
      });
      expect(bundle.relations.map((r) => [r.id, r.type, r.from, r.to])).toEqual(
        input.relations.map((r) => [r.id, r.type, r.from, r.to]),
      );
      expect(bundle.claimGroups.map((g) => g.members)).toEqual([['a-claim', 'b-claim']]);
    }
  });

  it('one-line-per-document JSONL: every span comes back, discontinuous ones with their pieces, relations across lines too', () => {
    const input = fixtureInput();
    const content = exportJsonl({
      documents: [...input.documents],
      spans: input.spans as Map<string, SpanAnnotation[]>,
      relations: [...input.relations],
    });
    const bundle = must(parseAnnotationFile('old.jsonl', content));
    expect(bundle.format).toBe('jsonl');
    expect(bundle.failures).toEqual([]);
    bundle.documents.forEach((doc, i) => {
      expect(doc.spans.map((s) => [s.id, s.label, pieces(doc.text, s.fragments).join(' '), s.attributes])).toEqual(
        expected()[i]!.map((s) => [s.id, s.label, s.quote, s.attributes]),
      );
    });
    const idOf = new Map(bundle.documents.flatMap((d) => d.spans.map((s) => [s.key, s.id] as const)));
    expect(bundle.relations.map((r) => [r.id, r.type, idOf.get(r.from), idOf.get(r.to)])).toEqual(
      input.relations.map((r) => [r.id, r.type, r.from, r.to]),
    );
  });

  it('Label Studio: spans (discontinuous ones too), attributes, notes and in-document relations come back', () => {
    const file = exportDataset('label-studio', fixtureInput(), { date: DATE }).files.find(
      (f) => f.path === 'label-studio-tasks.json',
    )!;
    const bundle = must(parseAnnotationFile('tasks.json', exportText(file)));
    expect(bundle.failures).toEqual([]);
    bundle.documents.forEach((doc) => {
      const i = fixtureInput().documents.findIndex((d) => d.text === doc.text);
      expect(
        doc.spans.map((s) => [
          s.label,
          pieces(doc.text, s.fragments),
          s.attributes,
          s.note ? noteToText(s.note) : undefined,
        ]),
      ).toEqual(
        expected()[i]!.map((s) => [
          s.label,
          pieces(doc.text, s.fragments ?? [s]),
          s.attributes,
          s.note ? noteToText(s.note) : undefined,
        ]),
      );
    });
    const labelOf = new Map(
      bundle.documents.flatMap((d) => d.spans.map((s) => [s.key, pieces(d.text, s.fragments).join(' ')] as const)),
    );
    expect(bundle.relations.map((r) => [r.type, labelOf.get(r.from), labelOf.get(r.to)])).toEqual([
      ['attributed-to', '1,500 people crossed daily', 'Officials'],
      ['attributed-to', '11,000 troops 🚀 arrived', 'Reuters'],
    ]);
  });

  it('doccano (both files): spans and relations come back, code points as the export says', () => {
    const files = exportDataset('doccano', fixtureInput(), { date: DATE }).files;
    const re = must(parseAnnotationFile('doccano.jsonl', exportText(files.find((f) => f.path === 'doccano.jsonl')!)));
    const seq = must(
      parseAnnotationFile(
        'doccano-sequence.jsonl',
        exportText(files.find((f) => f.path === 'doccano-sequence.jsonl')!),
      ),
    );
    for (const bundle of [re, seq]) {
      bundle.documents.forEach((doc) => {
        const i = fixtureInput().documents.findIndex((d) => d.text === doc.text);
        // doccano.jsonl marks the later fragments of a discontinuous span; the sequence file cannot.
        const want = expected()[i]!.flatMap((s) => {
          const quotes = (s.fragments ?? [s]).map((f) => doc.text.slice(f.start, f.end));
          return bundle === re ? [[s.label, quotes.join(' ')]] : quotes.map((q) => [s.label, q]);
        });
        expect(doc.spans.map((s) => [s.label, quoteOf(doc.text, s)])).toEqual(want);
        expect(doc.warnings).toEqual([]);
      });
    }
    expect(re.relations).toHaveLength(2);
  });

  it('brat: spans (split at line breaks, as brat does), attributes, notes and relations come back', () => {
    const files = exportDataset('brat', fixtureInput(), { date: DATE }).files;
    const conf = parseAnnotationConf(exportText(files.find((f) => f.path === 'annotation.conf')!));
    const input = fixtureInput();
    input.documents.forEach((document, i) => {
      const stem = files
        .find((f) => f.path.endsWith('.txt') && f.content === document.text)!
        .path.replace(/\.txt$/, '');
      const result = parseBrat({
        textName: `${stem}.txt`,
        text: document.text,
        anns: [{ name: `${stem}.ann`, content: exportText(files.find((f) => f.path === `${stem}.ann`)!) }],
        conf,
      });
      if (!result.ok) throw new Error(result.error.message);
      reconcileBratNames(result.value, defaultSchema);
      const doc = result.value.documents[0]!;
      const joinLines = (text: string, fr: Array<{ start: number; end: number }>) =>
        fr.reduce<string[]>(
          (acc, f, k) =>
            k > 0 && text.slice(fr[k - 1]!.end, f.start) === '\n'
              ? [...acc.slice(0, -1), acc[acc.length - 1] + '\n' + text.slice(f.start, f.end)]
              : [...acc, text.slice(f.start, f.end)],
          [],
        );
      expect(
        doc.spans.map((s) => [
          s.label,
          joinLines(doc.text, s.fragments),
          s.attributes,
          s.note ? noteToText(s.note) : undefined,
        ]),
      ).toEqual(
        expected()[i]!.map((s) => [
          s.label,
          pieces(document.text, s.fragments ?? [s]),
          s.attributes,
          s.note ? noteToText(s.note).replace(/\s*\n\s*/g, ' ') : undefined,
        ]),
      );
      expect(result.value.relations.map((r) => r.type)).toEqual(i === 0 ? ['attributed-to'] : ['attributed-to']);
    });
  });
});
