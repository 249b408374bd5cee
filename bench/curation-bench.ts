// Times the curation view's data (issue #17): one 100,000-word document with three annotators' layers,
// their relations and claim groups; opening it for adjudication (`startCuration`, which pre-merges the
// agreements) and reading it again (`curation`), through the service, and the comparison alone.
import { cpus } from 'node:os';
import { join } from 'node:path';
import { compareDocument, curationState } from '../src/core/curation/curation-state';
import type { ClaimGroup, Relation, SpanAnnotation } from '../src/core/model';
import { captureQuote } from '../src/core/quote';
import { initWorkspace } from '../src/service/init-workspace';
import { JsonStore } from '../src/service/json-store';
import { annotationsKind, relationsKind } from '../src/service/store-kinds';
import { bytesOf, tempFolder } from '../src/service/test-workspace';
import { RELATIONS_FILE } from '../src/service/workspace-files';
import { WorkspaceService } from '../src/service/workspace-service';
import { CurationStateSchema } from '../src/api/team-schemas';
import { generateArticle } from './article';
import { makeSpans } from './many-spans';

const WORDS = 100_000;
const BASE_SPANS = 6_000;
const ANNOTATORS = ['ana', 'ben', 'cai'];
const STAMP = '2031-01-01T00:00:00.000Z';

let seed = 11;
const random = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;

/** One annotator's version of the shared spans: most alike, some relabelled, some longer, some left out. */
function layerOf(author: string, base: readonly SpanAnnotation[], text: string): Array<SpanAnnotation | null> {
  return base.map((s, i) => {
    const roll = random();
    if (roll < 0.05) return null;
    const id = `s-${author}${String(i).padStart(6, '0')}`;
    if (roll < 0.1) return { ...s, id, author, label: s.label === 'Claim' ? 'Cue' : 'Claim' };
    if (roll < 0.15) {
      const end = Math.min(text.length, text.indexOf(' ', s.end + 1) === -1 ? s.end : text.indexOf(' ', s.end + 1));
      return { ...s, id, author, end, ...captureQuote(text, s.start, end) };
    }
    return { ...s, id, author };
  });
}

async function main(): Promise<void> {
  const folder = tempFolder();
  const root = join(folder.path, 'ws');
  try {
    await initWorkspace(root);
    const article = generateArticle(WORDS);
    const setup = await WorkspaceService.open(root, { author: 'lead' });
    await setup.importFiles([{ name: 'long.txt', bytes: bytesOf(article.text) }]);
    const document = setup.document(setup.listDocuments()[0]!.id);
    setup.close();

    const base = makeSpans(document.id, document.text, BASE_SPANS, { start: 0, end: 0 });
    const layers = ANNOTATORS.map((a) => layerOf(a, base, document.text));
    const spans = layers.flat().filter((s): s is SpanAnnotation => s !== null);
    const relations: Relation[] = [];
    const groups: ClaimGroup[] = [];
    ANNOTATORS.forEach((author, a) => {
      const mine = layers[a]!;
      for (let i = 0; i + 4 < base.length; i += 3) {
        const target = random() < 0.85 ? i + 1 : i + 4;
        const [from, to] = [mine[i], mine[target]];
        if (from && to)
          relations.push({ id: `r-${author}${i}`, type: 'supports', from: from.id, to: to.id, author, created: STAMP });
      }
      for (let i = 0; i + 6 < base.length; i += 30) {
        const members = (random() < 0.8 ? [i, i + 6] : [i]).flatMap((m) => (mine[m] ? [mine[m]!.id] : []));
        groups.push({
          id: `g-${author}${i}`,
          statement: `group ${i}`,
          members,
          author,
          created: STAMP,
          modified: STAMP,
        });
      }
    });
    await JsonStore.create(root, join('annotations', `${document.id}.json`), annotationsKind, {
      documentId: document.id,
      textSha256: document.textSha256,
      spans,
    });
    const links = await JsonStore.open(root, RELATIONS_FILE, relationsKind, { relations: [], claimGroups: [] });
    await links.update((data) => ({ next: { ...data, relations, claimGroups: groups }, result: undefined }));
    links.flushSync();

    // Wall time, and this process's CPU time (user + system): on a shared machine the second is the steadier figure.
    const time = async <T>(work: () => Promise<T> | T): Promise<[T, string]> => {
      const [started, cpu] = [performance.now(), process.cpuUsage()];
      const value = await work();
      const used = process.cpuUsage(cpu);
      const wall = performance.now() - started;
      return [value, `${wall.toFixed(0)} ms wall, ${((used.user + used.system) / 1000).toFixed(0)} ms CPU`];
    };
    const [service, openMs] = await time(() => WorkspaceService.open(root, { author: 'lead' }));
    try {
      const [cold, coldMs] = await time(() => service.curation(document.id));
      const [started, startMs] = await time(() => service.startCuration(document.id));
      const [, warmMs] = await time(() => service.curation(document.id));
      const [, againMs] = await time(() => service.startCuration(document.id));
      const all = await service.spansOf(document.id);
      const { relations: r, claimGroups: g } = service.listRelations();
      const byId = new Map(all.map((s) => [s.id, s]));
      const [, coreMs] = await time(() =>
        curationState(document.id, compareDocument(document.id, all, { spans: byId, relations: r, groups: g }), []),
      );
      const [sent, contractMs] = await time(() => JSON.stringify(CurationStateSchema.parse(started)));
      const kinds = new Map<string, number>();
      for (const d of started.disagreements) kinds.set(d.kind, (kinds.get(d.kind) ?? 0) + 1);
      console.log(`${cpus()[0]?.model ?? 'cpu'} × ${cpus().length}, node ${process.version}`);
      console.log(
        `document: ${WORDS.toLocaleString('en-US')} words (${document.text.length.toLocaleString('en-US')} UTF-16 units), ` +
          `${ANNOTATORS.length} layers: ${spans.length} spans, ${relations.length} relations, ${groups.length} claim groups`,
      );
      console.log(
        `comparison: ${started.agreed} agreements, ${started.disagreements.length} disagreements ` +
          `(${[...kinds].map(([k, n]) => `${n} ${k}`).join(', ')}); ${all.filter((s) => s.layer).length} curated spans after opening`,
      );
      console.log(`open workspace:                       ${openMs}`);
      console.log(`curation() first read (cold):         ${coldMs} (${cold.disagreements.length} disagreements)`);
      console.log(`startCuration() (pre-merge, writes):  ${startMs} (target ≤ 1,000 ms)`);
      console.log(`curation() again (warm):              ${warmMs}`);
      console.log(`startCuration() again (nothing new):  ${againMs}`);
      console.log(`compare + state in core alone:        ${coreMs}`);
      console.log(`result checked and encoded (contract): ${contractMs}, ${(sent.length / 1e6).toFixed(1)} MB of JSON`);
    } finally {
      service.close();
    }
  } finally {
    folder.cleanup();
  }
}

await main();
