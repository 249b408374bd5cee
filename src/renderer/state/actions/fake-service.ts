/** Test support: an in-memory service answering the calls the renderer's actions make, and the state they act on. */
import type { CollateApi } from '../../../api/client';
import type { IndexedDocument, Method } from '../../../api/contract';
import { encodeLibraryRow } from '../../../api/library-rows';
import type { ClaimGroup, Relation, SpanAnnotation } from '../../../core/model';
import { fail, ok } from '../../../core/result';
import { fakeCuration } from './fake-curation';
import { createActionContext, type ActionContext } from './action-context';
import { initialState, type AppState } from '../app-state';
import { createStore } from '../store';

const STAMP = '2026-01-01T00:00:00.000Z';

export function span(id: string, documentId: string, start: number, end: number, label = 'Claim'): SpanAnnotation {
  const stamps = { author: '', created: STAMP, modified: STAMP };
  return { id, documentId, label, start, end, quote: 'q', prefix: '', suffix: '', attributes: {}, ...stamps };
}

export function group(id: string, members: string[], statement = 'a claim'): ClaimGroup {
  return { id, statement, members, created: STAMP, modified: STAMP };
}

export interface FakeService {
  readonly api: CollateApi;
  readonly spans: Map<string, SpanAnnotation[]>;
  relations: Relation[];
  groups: ClaimGroup[];
  /** Methods called, in order. */
  readonly calls: Method[];
  /** Makes every later call of `method` fail with `message`. */
  refuse(method: Method, message: string): void;
}

export function fakeService(handlers: Partial<Record<Method, (args: never) => unknown>> = {}): FakeService {
  let counter = 0;
  const refused = new Map<Method, string>();
  const service: FakeService = {
    api: undefined as unknown as CollateApi,
    spans: new Map(),
    relations: [],
    groups: [],
    calls: [],
    refuse: (method, message) => refused.set(method, message),
  };
  const list = (documentId: string): SpanAnnotation[] => service.spans.get(documentId) ?? [];
  const put = (s: SpanAnnotation): SpanAnnotation => {
    service.spans.set(s.documentId, [...list(s.documentId).filter((x) => x.id !== s.id), s]);
    return s;
  };
  const builtIn: Partial<Record<Method, (args: never) => unknown>> = {
    listAnnotations: ({ documentId }: { documentId: string }) => list(documentId),
    listAnnotationsOf: ({ documentIds }: { documentIds: string[] }) =>
      Object.fromEntries(documentIds.map((id) => [id, list(id)])),
    locateSpans: ({ ids }: { ids: string[] }) => {
      const wanted = new Set(ids);
      const found: Record<string, string> = {};
      for (const [documentId, spans] of service.spans)
        for (const s of spans) if (wanted.has(s.id)) found[s.id] = documentId;
      return found;
    },
    listRelations: () => ({ relations: service.relations, claimGroups: service.groups }),
    createAnnotation: (a: { documentId: string; label: string; start: number; end: number }) =>
      put(span(`made-span-${++counter}`, a.documentId, a.start, a.end, a.label)),
    restoreAnnotation: ({ span: s }: { span: SpanAnnotation }) => put(s),
    updateAnnotation: (a: { documentId: string; id: string; label?: string; attributes?: Record<string, string> }) => {
      const before = list(a.documentId).find((s) => s.id === a.id)!;
      return put({ ...before, label: a.label ?? before.label, attributes: a.attributes ?? before.attributes });
    },
    deleteAnnotation: ({ documentId, id }: { documentId: string; id: string }) => {
      const gone = list(documentId).find((s) => s.id === id)!;
      service.spans.set(
        documentId,
        list(documentId).filter((s) => s.id !== id),
      );
      const relations = service.relations.filter((r) => r.from === id || r.to === id);
      const claimGroups = service.groups.filter((g) => g.members.includes(id));
      service.relations = service.relations.filter((r) => !relations.includes(r));
      service.groups = service.groups.map((g) => ({ ...g, members: g.members.filter((m) => m !== id) }));
      return { id, span: gone, relations, claimGroups };
    },
    createRelation: (a: { id?: string; type: string; from: string; to: string }) => {
      const id = a.id ?? `made-relation-${++counter}`;
      const made: Relation = { id, type: a.type, from: a.from, to: a.to, author: '', created: STAMP };
      service.relations = [...service.relations.filter((r) => r.id !== made.id), made];
      return made;
    },
    deleteRelation: ({ id }: { id: string }) => {
      const gone = service.relations.find((r) => r.id === id)!;
      service.relations = service.relations.filter((r) => r.id !== id);
      return gone;
    },
    saveClaimGroup: (a: { id?: string; statement: string; members: string[] }) => {
      const saved = group(a.id ?? `made-group-${++counter}`, [...a.members], a.statement);
      service.groups = [...service.groups.filter((g) => g.id !== saved.id), saved];
      return saved;
    },
    deleteClaimGroup: ({ id }: { id: string }) => {
      const gone = service.groups.find((g) => g.id === id)!;
      service.groups = service.groups.filter((g) => g.id !== id);
      return gone;
    },
    ...fakeCuration(service.spans),
  };
  const all: Partial<Record<Method, (args: never) => unknown>> = { ...builtIn, ...handlers };
  // The library's pages, cut from the test's `listDocumentIndex` rows as the service cuts them from its index.
  all.listLibraryRows ??= (async ({ offset, limit }: { offset: number; limit: number }) => {
    const rows = (await (all.listDocumentIndex?.({} as never) ?? [])) as IndexedDocument[];
    return { total: rows.length, rows: rows.slice(offset, offset + limit).map(encodeLibraryRow) };
  }) as (args: never) => unknown;
  (service as { api: CollateApi }).api = new Proxy({} as CollateApi, {
    get: (_target, name: string) => async (args: never) => {
      const method = name as Method;
      service.calls.push(method);
      const refusal = refused.get(method);
      if (refusal) return fail('refused', refusal);
      const handler = all[method];
      if (!handler) throw new Error(`The fake service has no ${method}`);
      return ok(await handler(args));
    },
  });
  return service;
}

/** An action context over a fake service; the store releases held changes at once. */
export function fakeContext(service: FakeService, state: Partial<AppState> = {}): ActionContext {
  const store = createStore<AppState>({ ...initialState, ...state }, (then) => then());
  return createActionContext(service.api, store);
}
