import { describe, expect, it } from 'vitest';
import type { CollateDocument } from '../model';
import { defaultSchema } from '../default-schema';
import { DATE, alpha, fixtureInput, span } from './__fixtures__/dataset';
import { exportDataset } from '../dataset-export/export-dataset';
import { exportText } from '../dataset-export/export-text';

interface Task {
  id: number;
  data: { text: string; collate_id: string };
  annotations: Array<{
    result: Array<Record<string, unknown> & { id?: string; type: string; value?: Record<string, unknown> }>;
  }>;
}
const tasks = (input = fixtureInput()): Task[] =>
  JSON.parse(
    exportText(
      exportDataset('label-studio', input, { date: DATE }).files.find((f) => f.path === 'label-studio-tasks.json')!,
    ),
  ) as Task[];

describe('Label Studio export', () => {
  it('counts offsets in code points, as Label Studio does ("test" in its own emoji fixture is 21–25)', () => {
    const document: CollateDocument = { ...alpha, id: 'ls', text: '🐱 Warning: This is a test text' };
    const input = {
      documents: [document],
      spans: new Map([['ls', [span(document, 't', 'Claim', 'test')]]]),
      relations: [],
      claimGroups: [],
      schema: defaultSchema,
    };
    expect(tasks(input)[0]!.annotations[0]!.result[0]).toEqual({
      id: 't',
      from_name: 'label',
      to_name: 'text',
      type: 'labels',
      value: { start: 21, end: 25, text: 'test', labels: ['Claim'] },
    });
  });

  it('writes labels, per-region attributes and notes, fragments as regions, and relations within a task', () => {
    const [a, b] = tasks();
    expect(a!.data).toMatchObject({ collate_id: 'd-alpha', text: alpha.text });
    const result = a!.annotations[0]!.result;
    expect(result.filter((r) => r.id === 'a-claim')).toEqual([
      {
        id: 'a-claim',
        from_name: 'label',
        to_name: 'text',
        type: 'labels',
        value: { start: 17, end: 43, text: '1,500 people crossed daily', labels: ['Claim'] },
      },
      {
        id: 'a-claim',
        from_name: 'attr_Claim_certainty',
        to_name: 'text',
        type: 'choices',
        value: { start: 17, end: 43, text: '1,500 people crossed daily', choices: ['hedged'] },
      },
      {
        id: 'a-claim',
        from_name: 'note',
        to_name: 'text',
        type: 'textarea',
        value: { start: 17, end: 43, text: ['Check the figure & source\nAP says 1,200'] },
      },
    ]);
    expect(
      result.filter((r) => String(r.id).startsWith('a-gap')).map((r) => [r.id, r.value!.start, r.value!.end]),
    ).toEqual([
      ['a-gap', 64, 76],
      ['a-gap~2', 92, 107],
    ]);
    expect(result.filter((r) => r.type === 'relation')).toEqual([
      { from_id: 'a-claim', to_id: 'a-src', type: 'relation', direction: 'right', labels: ['attributed-to'] },
    ]);
    expect(b!.annotations[0]!.result.filter((r) => r.type === 'relation')).toEqual([
      { from_id: 'b-claim', to_id: 'b-src', type: 'relation', direction: 'right', labels: ['attributed-to'] },
    ]);
  });

  it('writes a labeling config that names every control the results use', () => {
    const files = exportDataset('label-studio', fixtureInput(), { date: DATE }).files;
    const config = files.find((f) => f.path === 'label-studio-config.xml')!.content;
    const names = new Set(
      tasks()
        .flatMap((t) => t.annotations[0]!.result.map((r) => r.from_name))
        .filter((n) => n !== undefined),
    );
    for (const name of names) expect(config).toContain(`name="${String(name)}"`);
    expect(config).toContain('<Label value="Claim" background="#f2b705"/>');
    expect(config).toContain('<Relation value="same-claim"/>');
  });
});
