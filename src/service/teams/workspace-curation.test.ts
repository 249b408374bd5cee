import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { initWorkspace } from '../init-workspace';
import { bytesOf, tempFolder } from '../test-workspace';
import { WorkspaceService } from '../workspace-service';

let folder: ReturnType<typeof tempFolder>;
let root: string;
const TEXT = 'Officials said 2,400 homes were flooded on Monday, the agency reported.';

beforeEach(async () => {
  folder = tempFolder();
  root = join(folder.path, 'ws');
  await initWorkspace(root);
});
afterEach(() => folder.cleanup());

async function as<T>(author: string, work: (s: WorkspaceService) => Promise<T>): Promise<T> {
  const service = await WorkspaceService.open(root, { author });
  try {
    return await work(service);
  } finally {
    service.close();
  }
}

const range = (phrase: string): { start: number; end: number } => ({
  start: TEXT.indexOf(phrase),
  end: TEXT.indexOf(phrase) + phrase.length,
});

/** Ana and Ben agree on the claim, disagree on the source's label and on "the agency". */
async function twoLayers(): Promise<string> {
  const doc = await as('lead', async (s) => {
    const [outcome] = await s.importFiles([{ name: 'flood.txt', bytes: bytesOf(TEXT) }]);
    return outcome!.status === 'imported' ? outcome!.document.id : '';
  });
  await as('ana', async (s) => {
    await s.createAnnotation({ documentId: doc, label: 'Claim', ...range('2,400 homes were flooded on Monday') });
    await s.createAnnotation({ documentId: doc, label: 'Source', ...range('Officials') });
  });
  await as('ben', async (s) => {
    await s.createAnnotation({ documentId: doc, label: 'Claim', ...range('2,400 homes were flooded on Monday') });
    await s.createAnnotation({ documentId: doc, label: 'Cue', ...range('Officials') });
    await s.createAnnotation({ documentId: doc, label: 'Source', ...range('the agency') });
  });
  return doc;
}

describe('adjudication through the service', () => {
  it('pre-merges agreements, settles disagreements into the curated layer and exports it', async () => {
    const doc = await twoLayers();
    const state = await as('lead', (s) => s.curation(doc));
    expect(state.annotators).toEqual(['ana', 'ben']);
    expect(state.disagreements.map((d) => TEXT.slice(d.start, d.end))).toEqual(['Officials', 'the agency']);
    expect(state.resolved).toBe(0);

    const started = await as('lead', (s) => s.startCuration(doc));
    expect(started.agreed).toBe(1);
    await as('lead', (s) => s.startCuration(doc));
    const afterStart = await as('lead', (s) => s.spansOf(doc));
    expect(afterStart.filter((x) => x.layer === 'curated').map((x) => [x.label, x.author])).toEqual([
      ['Claim', 'ana + ben'],
    ]);

    const [officials, agency] = started.disagreements;
    await as('lead', (s) => s.settleDisagreement({ documentId: doc, disagreementId: officials!.id, take: [1] }));
    await as('lead', (s) => s.settleDisagreement({ documentId: doc, disagreementId: officials!.id, take: [0] }));
    const done = await as('lead', (s) =>
      s.settleDisagreement({ documentId: doc, disagreementId: agency!.id, take: [] }),
    );
    expect(done.resolved).toBe(2);
    expect(done.disagreements.map((d) => d.decision?.take)).toEqual([[0], []]);

    const exported = await as('lead', (s) => s.exportDatasetFiles({ format: 'jsonl' }));
    const line = JSON.parse(exported.files.find((f) => f.path.endsWith('.jsonl'))!.content) as {
      spans: Array<{ label: string; author: string; start: number; end: number }>;
    };
    expect(line.spans.map((x) => [x.label, x.author, TEXT.slice(x.start, x.end)])).toEqual([
      ['Source', 'lead', 'Officials'],
      ['Claim', 'ana + ben', '2,400 homes were flooded on Monday'],
    ]);
    const card = exported.files.find((f) => f.path === 'README.md')!.content;
    expect(card).toContain('Layer exported: the curated (adjudicated) layer');
    expect(card).toMatch(/\| ana \| 2 \|\n\| ben \| 3 \|\n\| curated \| 2 \|/);
    expect(card).toMatch(/\| Claim \| -?\d\.\d{3} \|/);

    const ben = await as('lead', (s) => s.exportDatasetFiles({ format: 'jsonl', layer: 'ben' }));
    expect(ben.files.find((f) => f.path.endsWith('.jsonl'))!.content.match(/"label"/g)).toHaveLength(3);
    const all = await as('lead', (s) => s.exportDatasetFiles({ format: 'jsonl', layer: 'all' }));
    expect(all.files.find((f) => f.path.endsWith('.jsonl'))!.content.match(/"author":"(ana|ben)"/g)).toHaveLength(5);
    await expect(as('lead', (s) => s.exportDatasetFiles({ format: 'jsonl', layer: 'carol' }))).rejects.toThrow(
      'no layer "carol"; its layers: ana, ben, curated',
    );
  });

  it('exports every layer by default until a curated one exists, and refuses an unknown disagreement', async () => {
    const doc = await twoLayers();
    const exported = await as('lead', (s) => s.exportDatasetFiles({ format: 'jsonl' }));
    expect(exported.files.find((f) => f.path === 'README.md')!.content).toContain("every annotator's own layer");
    await expect(
      as('lead', (s) => s.settleDisagreement({ documentId: doc, disagreementId: 'k-000000000000', take: [0] })),
    ).rejects.toThrow('There is no disagreement "k-000000000000"');
  });
});

describe('the report of a team', () => {
  it('reads the curated layer and states spans per layer and alpha per label', async () => {
    const doc = await twoLayers();
    await as('lead', (s) => s.startCuration(doc));
    const report = await as('lead', (s) => s.renderReport('md'));
    expect(report.content).toContain('## Annotators and agreement');
    expect(report.content).toContain('This report reads the curated (adjudicated) layer.');
    expect(report.content).toMatch(/\| ana \| 2 \|\n\| ben \| 3 \|\n\| curated \| 1 \|/);
    expect(report.content).toMatch(/\| Source \| -?\d\.\d{3} \|/);
  });
});

describe('adjudicating links', () => {
  /** Both tag the claim and "Officials" as Source; Ana links the claim to Officials, Ben to the agency. */
  async function linkedLayers(): Promise<string> {
    const doc = await as('lead', async (s) => {
      const [outcome] = await s.importFiles([{ name: 'flood.txt', bytes: bytesOf(TEXT) }]);
      return outcome!.status === 'imported' ? outcome!.document.id : '';
    });
    for (const [who, source] of [
      ['ana', 'Officials'],
      ['ben', 'the agency'],
    ] as const) {
      await as(who, async (s) => {
        const claim = await s.createAnnotation({
          documentId: doc,
          label: 'Claim',
          ...range('2,400 homes were flooded'),
        });
        const officials = await s.createAnnotation({ documentId: doc, label: 'Source', ...range('Officials') });
        const agency = await s.createAnnotation({ documentId: doc, label: 'Source', ...range('the agency') });
        const to = source === 'Officials' ? officials : agency;
        await s.createRelation({ type: 'attributed-to', from: claim.id, to: to.id });
        await s.saveClaimGroup({ statement: 'homes flooded', members: [claim.id] });
      });
    }
    return doc;
  }

  it('pre-merges the agreed group, lists the relation disagreement, and takes a side between curated spans', async () => {
    const doc = await linkedLayers();
    const state = await as('lead', (s) => s.startCuration(doc));
    expect(state.agreed).toBe(4);
    expect(state.disagreements.map((d) => [d.kind, TEXT.slice(d.start, d.end)])).toEqual([
      ['relations', 'Officials said 2,400 homes were flooded on Monday, the agency'],
    ]);
    const curatedIds = new Set((await as('lead', (s) => s.spansOf(doc))).filter((x) => x.layer).map((x) => x.id));
    const groups = await as('lead', async (s) => s.listRelations().claimGroups.filter((g) => g.layer === 'curated'));
    expect(groups.map((g) => [g.statement, g.author, g.members.every((m) => curatedIds.has(m))])).toEqual([
      ['homes flooded', 'ana + ben', true],
    ]);

    const [d] = state.disagreements;
    const took = await as('lead', (s) => s.settleDisagreement({ documentId: doc, disagreementId: d!.id, take: [1] }));
    expect(took.resolved).toBe(1);
    const links = await as('lead', async (s) => s.listRelations());
    const curated = links.relations.filter((r) => r.layer === 'curated');
    const spans = await as('lead', (s) => s.spansOf(doc));
    const quote = (id: string) => spans.find((x) => x.id === id)!.quote;
    expect(curated.map((r) => [r.type, r.author, quote(r.from), quote(r.to)])).toEqual([
      ['attributed-to', 'lead', '2,400 homes were flooded', 'the agency'],
    ]);
    expect(links.curation?.map((x) => [x.id, x.take])).toEqual([[d!.id, [1]]]);

    // The curated layer's links travel in Collate JSONL and come back curated.
    const exported = await as('lead', (s) => s.exportDatasetFiles({ format: 'collate-jsonl', layer: 'curated' }));
    const jsonl = exported.files.find((f) => f.path.endsWith('.jsonl'))!;
    const copy = join(folder.path, 'copy');
    await initWorkspace(copy);
    const again = await WorkspaceService.open(copy, { author: 'lead' });
    try {
      await again.importAnnotated([{ name: 'curated.jsonl', bytes: bytesOf(jsonl.content) }]);
      const back = again.listRelations();
      expect([...back.relations, ...back.claimGroups].map((x) => x.layer)).toEqual(['curated', 'curated']);
    } finally {
      again.close();
    }

    const reopened = await as('lead', (s) =>
      s.settleDisagreement({ documentId: doc, disagreementId: d!.id, reopen: true }),
    );
    expect(reopened.resolved).toBe(0);
    const after = await as('lead', async (s) => s.listRelations());
    expect(after.relations.filter((r) => r.layer === 'curated')).toEqual([]);
    expect(after.curation).toEqual([]);

    // A pre-merged group the curator deletes stays deleted when the document is opened again.
    await as('lead', (s) => s.deleteClaimGroup(groups[0]!.id));
    await as('lead', (s) => s.startCuration(doc));
    const reopenedLinks = await as('lead', async (s) => s.listRelations());
    expect(reopenedLinks.claimGroups.filter((g) => g.layer === 'curated')).toEqual([]);
    expect(reopenedLinks.curatedDeletions).toEqual([groups[0]!.id]);
  });

  it('remembers a curated span the curator deleted, and forgets it when the span is put back', async () => {
    const doc = await twoLayers();
    await as('lead', (s) => s.startCuration(doc));
    const [agreed] = (await as('lead', (s) => s.spansOf(doc))).filter((x) => x.layer === 'curated');
    const removed = await as('lead', (s) => s.deleteAnnotation(doc, agreed!.id));
    await as('lead', (s) => s.startCuration(doc));
    expect((await as('lead', (s) => s.spansOf(doc))).filter((x) => x.layer === 'curated')).toEqual([]);
    await as('lead', (s) => s.restoreAnnotation(removed.span));
    await as('lead', (s) => s.deleteAnnotation(doc, agreed!.id).then(() => s.restoreAnnotation(removed.span)));
    await as('lead', (s) => s.startCuration(doc));
    expect((await as('lead', (s) => s.spansOf(doc))).filter((x) => x.layer === 'curated')).toHaveLength(1);
  });
});
