import { describe, expect, it } from 'vitest';
import { sliceByCodePoints } from '../../offsets';
import { DATE, fixtureInput } from '../__fixtures__/dataset';
import { exportDataset } from '../../dataset-export/export-dataset';
import { parseBratAnn } from './parse-ann';
import { declaredBratLabels, parseAnnotationConf } from './parse';
import { exportText } from '../../dataset-export/export-text';

const files = (): Map<string, string> =>
  new Map(exportDataset('brat', fixtureInput(), { date: DATE }).files.map((f) => [f.path, exportText(f)]));

describe('brat standoff export', () => {
  it('writes .txt/.ann per document under sanitised names, plus annotation.conf and visual.conf', () => {
    expect([...files().keys()]).toEqual([
      'd-alpha.txt',
      'd-alpha.ann',
      'etc_beta_29c067fb.txt',
      'etc_beta_29c067fb.ann',
      'annotation.conf',
      'visual.conf',
      'README.md',
    ]);
    expect(files().get('etc_beta_29c067fb.txt')).toBe(fixtureInput().documents[1]!.text);
  });

  it('writes the exact .ann lines: code points, fragments, attributes, notes, relations', () => {
    expect(files().get('d-alpha.ann')).toBe(
      [
        'T1\tSource 0 9\tOfficials',
        'A1\tkind T1 official',
        'A2\tnamed T1 no',
        'T2\tCue 17 22\t1,500',
        'T3\tClaim 17 43\t1,500 people crossed daily',
        'A3\tcertainty T3 hedged',
        '#1\tAnnotatorNotes T3\tCheck the figure & source AP says 1,200',
        'T4\tClaim 30 44;45 57\tcrossed daily. The minister',
        'T5\tSource 45 63\tThe minister 👩‍👩‍👧',
        'T6\tClaim 64 76;92 107\tconfirmed it officials added',
        'T7\tSource 109 114\t中文报道称',
        'T8\tSource 134 141\tالمسؤول',
        'T9\tSource 149 161\tCafe\u0301 owners',
        'T10\tClaim 166 180\t=SUM(A1) is -5',
        'R1\tattributed-to Arg1:T3 Arg2:T1',
        '',
      ].join('\n'),
    );
  });

  it('reads back with parseBratAnn: every T text is the code-point slice of the .txt, fragments joined by a space', () => {
    const all = files();
    for (const stem of ['d-alpha', 'etc_beta_29c067fb']) {
      const text = all.get(`${stem}.txt`)!;
      const ann = parseBratAnn(all.get(`${stem}.ann`)!);
      expect(ann.errors).toEqual([]);
      for (const e of ann.entities)
        expect(e.fragments.map((f) => sliceByCodePoints(text, f.start, f.end)).join(' ')).toBe(e.text);
    }
    const beta = parseBratAnn(all.get('etc_beta_29c067fb.ann')!);
    expect(beta.relations).toEqual([{ id: 'R1', type: 'attributed-to', arg1: 'T2', arg2: 'T1' }]);
    expect(beta.attributes).toContainEqual({ id: 'A4', name: 'kind', target: 'T3', value: 'anonymous_person' });
    const alpha = parseBratAnn(all.get('d-alpha.ann')!);
    expect(alpha.entities.find((e) => e.id === 'T4')!.fragments).toEqual([
      { start: 30, end: 44 },
      { start: 45, end: 57 },
    ]);
    expect(alpha.notes).toEqual([
      { id: '#1', kind: 'AnnotatorNotes', target: 'T3', text: 'Check the figure & source AP says 1,200' },
    ]);
  });

  it('generates annotation.conf from the schema, allowing overlaps', () => {
    expect(files().get('annotation.conf')).toBe(
      [
        '[entities]',
        'Claim',
        'Source',
        'Cue',
        '',
        '[relations]',
        'attributed-to\tArg1:Claim, Arg2:Source',
        'same-claim\tArg1:Claim, Arg2:Claim',
        'contradicts\tArg1:Claim, Arg2:Claim',
        'supports\tArg1:Claim, Arg2:Claim',
        '<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>',
        '',
        '[events]',
        '',
        '[attributes]',
        'certainty\tArg:Claim, Value:asserted|hedged|denied',
        'kind\tArg:Source, Value:publication|official|named_person|anonymous_person|organisation|government_body',
        'named\tArg:Source, Value:yes|no',
        '',
      ].join('\n'),
    );
  });

  it('warns about what brat cannot hold', () => {
    expect(exportDataset('brat', fixtureInput(), { date: DATE }).warnings).toEqual([
      'brat: relation "r-2" (same-claim) links documents "d-alpha" and "../etc/beta"; brat relations stay inside one document, so it was left out.',
      'brat: 1 claim group(s) left out; brat has no cross-document groups.',
      'brat: names changed to brat\'s character set: "anonymous person" → anonymous_person.',
    ]);
  });

  it('parseBratAnn reports malformed lines and keeps other kinds', () => {
    const ann = parseBratAnn('T1\tClaim 5 2\tx\nE1\tEvent:T1\nR1\tbroken\nA1\tNegated T1\n');
    expect(ann.errors).toEqual(['line 1: fragment ends before it starts', 'line 3: bad relation']);
    expect(ann.other).toEqual(['E1\tEvent:T1']);
    expect(ann.attributes).toEqual([{ id: 'A1', name: 'Negated', target: 'T1' }]);
  });
});

describe('declaredBratLabels', () => {
  it("names annotation.conf's entities as the import will, in the conf's order", () => {
    const conf = parseAnnotationConf('[entities]\nSource\nContent\nNamed_person\nPlace\nSource\n[relations]\n');
    const schema = {
      labels: [{ name: 'Named person', colour: '#123456', attributes: [] }],
      relationTypes: [],
    };
    expect(declaredBratLabels(conf, schema)).toEqual(['Source', 'Claim', 'Named person', 'Place']);
  });
});
