import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bytesToBase64 } from '../../src/api/base64';
import { contract, methods, type Method } from '../../src/api/contract';
import { dispatch } from '../../src/api/dispatch';
import type { Handlers } from '../../src/api/handlers';
import { workspaceHandlers } from '../../src/api/workspace-handlers';
import type { LabelSchema, SpanAnnotation } from '../../src/core/model';
import { initWorkspace } from '../../src/service/init-workspace';
import { bytesOf, tempFolder } from '../../src/service/test-workspace';
import { WorkspaceService } from '../../src/service/workspace-service';
import { FUZZ_RUNS } from './fuzz-runs';

// Issue #16, item 8: every contract method, through the real dispatch and handlers on a real workspace,
// answers random and boundary arguments with a result or an expected failure, never hangs, and writes
// nothing outside the workspace.

const CALL_LIMIT_MS = 20_000;

let folder: ReturnType<typeof tempFolder>;
let root: string;
let service: WorkspaceService;
let handlers: Handlers;

/** What the workspace holds now, for templates that name real ids. */
interface Known {
  documents: string[];
  spans: SpanAnnotation[];
  relations: string[];
  groups: string[];
  schema: LabelSchema;
}

const b64 = (text: string): string => bytesToBase64(bytesOf(text));
const TEXT = 'Officials said 1,500 troops moved north on Monday, a spokesman said.\n';
const JSONL = `{"text":"${TEXT.trim()}","label":[[0,9,"Source"]]}\n`;

/** One call per method that is valid on the workspace as it is, before it is mutated. */
const TEMPLATES: Record<Method, (k: Known) => Record<string, unknown>> = {
  getWorkspace: () => ({}),
  lockHolder: () => ({}),
  takeOverLock: () => ({}),
  listDocuments: () => ({}),
  listDocumentIndex: () => ({}),
  listLibraryRows: () => ({ offset: 0, limit: 100 }),
  getDocument: (k) => ({ id: k.documents[0] }),
  importFiles: () => ({ files: [{ name: 'n.txt', dataBase64: b64(TEXT) }] }),
  importAnnotated: () => ({ files: [{ name: 'n.jsonl', dataBase64: b64(JSONL) }] }),
  listAnnotations: (k) => ({ documentId: k.documents[0] }),
  updateDocument: (k) => ({ id: k.documents[0], title: 'T', note: '<p>n</p>' }),
  createAnnotation: (k) => ({ documentId: k.documents[0], label: 'Claim', start: 0, end: 9 }),
  updateAnnotation: (k) => ({ documentId: k.spans[0]?.documentId, id: k.spans[0]?.id, label: 'Source', note: 'x' }),
  restoreAnnotation: (k) => ({ span: k.spans[0] }),
  createRelation: (k) => ({ type: k.schema.relationTypes[0]?.name, from: k.spans[0]?.id, to: k.spans[1]?.id }),
  deleteRelation: (k) => ({ id: k.relations[0] }),
  saveClaimGroup: (k) => ({ statement: 's', members: k.spans.map((s) => s.id) }),
  deleteClaimGroup: (k) => ({ id: k.groups[0] }),
  updateSchema: (k) => ({ schema: k.schema }),
  reattachAnnotation: (k) => ({ documentId: k.spans[0]?.documentId, id: k.spans[0]?.id, start: 1, end: 4 }),
  reimportDocument: (k) => ({ documentId: k.documents[0], file: { name: 'r.txt', dataBase64: b64(TEXT + 'More.') } }),
  deleteAnnotation: (k) => ({ documentId: k.spans[0]?.documentId, id: k.spans[0]?.id }),
  listRelations: () => ({}),
  exportDataset: () => ({ format: 'jsonl' }),
  listDatasetFormats: () => ({}),
  exportDatasetFiles: () => ({ format: 'brat' }),
  suggestAnnotations: (k) => ({ documentId: k.documents[0] }),
  acceptSuggestions: (k) => ({ documentId: k.documents[0], ids: ['x'] }),
  rejectSuggestions: (k) => ({ documentId: k.documents[0], ids: ['x'] }),
  findDiscrepancies: (k) => ({ groupId: k.groups[0] }),
  compareArticles: () => ({ apply: true }),
  listCompareProposals: () => ({}),
  decideCompareProposal: () => ({ kind: 'group', id: 'cg-none', decision: 'reject' }),
  renderReport: () => ({ format: 'html' }),
  startJob: () => ({ kind: 'report', format: 'md' }),
  jobStatus: () => ({ jobId: 'j-000000000000' }),
  cancelJob: () => ({ jobId: 'j-000000000000' }),
  getCuration: (k) => ({ documentId: k.documents[0] }),
  startCuration: (k) => ({ documentId: k.documents[0] }),
  settleDisagreement: (k) => ({ documentId: k.documents[0], disagreementId: 'k-000000000000', take: [0] }),
  searchCorpus: () => ({ query: 'troops', limit: 5 }),
  tagDocuments: (k) => ({ ids: [k.documents[0]], add: ['checked'], remove: [] }),
  listAssignments: () => ({}),
  assignDocuments: (k) => ({ annotator: 'ana', ids: [k.documents[0]] }),
  unassignDocuments: (k) => ({ annotator: 'ana', ids: [k.documents[0]] }),
  markAssignmentsDone: (k) => ({ annotator: 'ana', ids: [k.documents[0]], done: true }),
  removeDocuments: (k) => ({ ids: [k.documents[0]] }),
  restoreDocuments: (k) => ({ ids: [k.documents[0]] }),
  locateSpans: (k) => ({ ids: k.spans.map((s) => s.id) }),
  listAnnotationsOf: (k) => ({ documentIds: k.documents.slice(0, 2) }),
};

/** Values that break assumptions: limits, wrong types, ids that climb, markup, odd Unicode. */
const BOUNDARY_VALUES: unknown[] = [
  0,
  -1,
  1,
  2 ** 31,
  Number.MAX_SAFE_INTEGER,
  1e308,
  -0,
  0.5,
  NaN,
  Infinity,
  '',
  ' ',
  '../../escape',
  '..\\x',
  '/etc/passwd',
  'C:\\Windows',
  'd-000000000000',
  'a\u0000b',
  '\ud800',
  '😀',
  '<script>alert(1)</script>',
  'x'.repeat(70_000),
  null,
  true,
  [],
  {},
  [null],
  { __proto__: { polluted: 1 } },
  { constructor: 'x' },
  [{ name: '../out.txt', dataBase64: b64('x') }],
  [{ name: 'a.zip', dataBase64: 'UEsDBA==' }],
  [{ name: 'b.epub', dataBase64: '!!not base64!!' }],
  [
    { start: 0, end: 3 },
    { start: 2, end: 1 },
  ],
];
const boundary = fc.constantFrom<unknown>(...BOUNDARY_VALUES);
const value: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: boundary },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 40, unit: 'binary' }) },
  { weight: 1, arbitrary: fc.integer({ min: -5, max: 200 }) },
);

type Edit = (args: Record<string, unknown>, known: Known) => unknown;
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.tuple(fc.nat(), value).map(([i, v]): Edit => (args) => {
    const keys = Object.keys(args);
    return keys.length === 0 ? args : { ...args, [keys[i % keys.length]!]: v };
  }),
  fc.nat().map((i): Edit => (args) => {
    const keys = Object.keys(args);
    const copy = { ...args };
    if (keys.length > 0) delete copy[keys[i % keys.length]!];
    return copy;
  }),
  fc
    .tuple(fc.constantFrom('extra', 'documentId', 'id', 'start', 'end', 'note', 'files', 'span'), value)
    .map(([key, v]): Edit => (args) => ({ ...args, [key]: v })),
  fc.tuple(fc.nat(), fc.nat()).map(([i, j]): Edit => (args, known) => {
    const ids = [...known.documents, ...known.spans.map((s) => s.id), ...known.relations, ...known.groups];
    const keys = Object.keys(args);
    return keys.length === 0 || ids.length === 0 ? args : { ...args, [keys[i % keys.length]!]: ids[j % ids.length] };
  }),
  value.map(
    (v): Edit =>
      () =>
        v,
  ),
);

const call = fc.record({
  method: fc.constantFrom(...methods),
  edits: fc.array(edit, { maxLength: 3 }),
});

async function known(): Promise<Known> {
  const documents = service.listDocuments().map((d) => d.id);
  const spans = (await Promise.all(documents.map((id) => service.spansOf(id)))).flat();
  const links = await handlers.listRelations({});
  return {
    documents,
    spans,
    relations: links.relations.map((r) => r.id),
    groups: links.claimGroups.map((g) => g.id),
    schema: service.info().schema,
  };
}

/** Every file under `dir` but the workspace, with its content and mode, to prove nothing is written there. */
function outside(dir: string, skip: string): Record<string, string> {
  const found: Record<string, string> = {};
  const walk = (path: string): void => {
    for (const entry of readdirSync(path, { withFileTypes: true })) {
      const full = join(path, entry.name);
      if (full === skip) continue;
      if (entry.isDirectory()) walk(full);
      else found[full] = `${statSync(full).mode}:${readFileSync(full, 'utf8')}`;
    }
  };
  walk(dir);
  return found;
}

function withinLimit<T>(promise: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not answer within ${CALL_LIMIT_MS} ms`)), CALL_LIMIT_MS);
  });
  return Promise.race([promise, limit]).finally(() => clearTimeout(timer));
}

beforeAll(async () => {
  folder = tempFolder();
  root = join(folder.path, 'ws');
  mkdirSync(join(folder.path, 'beside'));
  writeFileSync(join(folder.path, 'beside', 'keep.txt'), 'untouched');
  await initWorkspace(root);
  service = await WorkspaceService.open(root, { author: 'fuzz' });
  handlers = workspaceHandlers(service);
  for (const name of ['a.txt', 'b.txt']) await service.importFiles([{ name, bytes: bytesOf(`${name}: ${TEXT}`) }]);
  const [a, b] = service.listDocuments().map((d) => d.id);
  const first = await service.createAnnotation({ documentId: a!, label: 'Claim', start: 7, end: 20 });
  const second = await service.createAnnotation({ documentId: b!, label: 'Source', start: 0, end: 5 });
  const type = service.info().schema.relationTypes[0]?.name;
  if (type) await service.createRelation({ type, from: first.id, to: second.id });
  await service.saveClaimGroup({ statement: '1,500 troops', members: [first.id, second.id] });
});

afterAll(() => {
  service.close();
  folder.cleanup();
});

/** Calls one method through the real dispatch and checks its answer: a value the contract allows, or a named failure. */
async function check(method: Method, args: unknown, succeeded: Set<Method>): Promise<void> {
  const answer = await withinLimit(dispatch(handlers, method, args), method);
  if (answer.ok) {
    succeeded.add(method);
    expect(contract[method].result.safeParse(answer.value).success, `${method} answers what the contract says`).toBe(
      true,
    );
  } else {
    expect(answer.error.code, `${method}(${JSON.stringify(args)?.slice(0, 300)}): ${answer.error.message}`).not.toBe(
      'internal',
    );
    expect(answer.error.message.length).toBeGreaterThan(0);
  }
}

describe('fuzz: the contract', () => {
  it('answers every method with a value or an expected failure, in time, writing only in the workspace', async () => {
    const before = outside(folder.path, root);
    const seen = new Set<Method>();
    const succeeded = new Set<Method>();
    await fc.assert(
      fc.asyncProperty(fc.array(call, { minLength: 1, maxLength: 4 }), async (calls) => {
        for (const { method, edits } of calls) {
          const state = await known();
          const args = edits.reduce<unknown>(
            (a, e) => (a && typeof a === 'object' && !Array.isArray(a) ? e(a as Record<string, unknown>, state) : a),
            TEMPLATES[method](state),
          );
          seen.add(method);
          await check(method, args, succeeded);
        }
      }),
      { numRuns: Math.max(30, Math.ceil(FUZZ_RUNS / 5)) },
    );
    expect(outside(folder.path, root)).toEqual(before);
    expect(seen.size).toBeGreaterThan(methods.length / 2);
    expect(succeeded.size, 'valid calls get through too').toBeGreaterThan(seen.size / 3);
    console.log(`contract fuzz: ${seen.size} methods called, ${succeeded.size} answered with a value`);
  }, 600_000);

  it('answers every method, with valid arguments and with each argument set to each boundary value', async () => {
    const before = outside(folder.path, root);
    const succeeded = new Set<Method>();
    for (const method of methods) {
      const valid = TEMPLATES[method](await known());
      await check(method, valid, succeeded);
      for (const key of Object.keys(valid))
        for (const boundaryValue of BOUNDARY_VALUES) await check(method, { ...valid, [key]: boundaryValue }, succeeded);
      for (const boundaryValue of BOUNDARY_VALUES) await check(method, boundaryValue, succeeded);
    }
    expect(outside(folder.path, root)).toEqual(before);
    expect(succeeded.size, 'valid calls get through').toBeGreaterThan(methods.length / 2);
  }, 600_000);
});
