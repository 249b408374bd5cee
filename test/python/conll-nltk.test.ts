/**
 * `--format conll` is CoNLL-2003 as NLTK's ConllCorpusReader reads it: four space-separated columns,
 * `-X-` where Collate has no tag, `-DOCSTART-` rows dropped, one sentence per blank-line block.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { DATE, fixtureInput } from '../../src/core/formats/__fixtures__/dataset';
import { exportDataset } from '../../src/core/dataset-export/export-dataset';
import { exportTokens } from '../../src/core/text/tokenize';
import { pythonMissing, runPython, writeExport } from './python-env';

interface Read {
  sentences: Array<Array<[string, string, string]>>;
  chunks: string[];
}

const missing = pythonMissing(['nltk']);
let cleanup = (): void => undefined;
afterEach(() => cleanup());

describe.skipIf(missing !== undefined)(`CoNLL-2003 read by NLTK${missing ? ` (${missing})` : ''}`, () => {
  it("gives back Collate's tokens and sentences, -X- tags and the entities of the spans (BIO)", () => {
    const input = fixtureInput();
    const folder = writeExport(exportDataset('conll', input, { date: DATE }).files);
    cleanup = folder.cleanup;
    const read = runPython<Read>('read_conll.py', `${folder.path}/dataset.conll`, '--chunks');
    const words = read.sentences.flat().map(([word]) => word);
    expect(words).toEqual(input.documents.flatMap((d) => exportTokens(d.text).map((t) => t.text)));
    expect(read.sentences.flat().every(([, pos]) => pos === '-X-')).toBe(true);
    const sentences = input.documents.flatMap((d) => exportTokens(d.text).filter((t) => t.sentenceStart)).length;
    expect(read.sentences).toHaveLength(sentences);
    // The beta document: entities as NLTK's IOB chunker groups them.
    expect(read.chunks.slice(-2)).toEqual([
      '(S (Source Reuters/-X-) reported/-X- (Claim 11,000/-X- troops/-X- 🚀/-X- arrived/-X-) ./-X-)',
      '(S (Source U/-X- ./-X- S/-X- ./-X- officials/-X-) denied/-X- it/-X- ./-X-)',
    ]);
  });

  it('reads BIOES tags as written', () => {
    const input = fixtureInput();
    const folder = writeExport(
      exportDataset('conll', { ...input, documents: [input.documents[1]!] }, { date: DATE, tagScheme: 'bioes' }).files,
    );
    cleanup = folder.cleanup;
    const read = runPython<Read>('read_conll.py', `${folder.path}/dataset.conll`);
    expect(read.sentences.map((s) => s.map(([word, , tag]) => `${word}/${tag}`).join(' '))).toEqual([
      'Reuters/S-Source reported/O 11,000/B-Claim troops/I-Claim 🚀/I-Claim arrived/E-Claim ./O',
      'U/B-Source ./I-Source S/I-Source ./I-Source officials/E-Source denied/O it/O ./O',
    ]);
  });
});
