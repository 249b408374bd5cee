// Long file: one batch's planning, reading, placing and linking, in the order an import must run them.
import type { DocumentSummary, ImportOutcome } from '../../api/contract';
import { createSpan } from '../../core/create-span';
import { sanitizeNoteHtml } from '../../core/sanitize-note-html';
import type { ClaimGroup, CollateDocument, LabelSchema, Relation, SpanAnnotation } from '../../core/model';
import {
  alignFragments,
  alignImportedText,
  extendSchema,
  isCollateDatasetCard,
  parseAnnotationConf,
  parseAnnotationFile,
  parseBrat,
  reconcileBratNames,
  declaredBratLabels,
  planBatch,
  type AnnotatedText,
  type AnnotationBundle,
  type BatchItem,
  type BratAnnFile,
  type BratConf,
  type ImportedSpan,
} from '../../core/annotation-import/index';
import { decodeText } from '../../core/text-extraction/text-decoding';
import { MAX_IMPORT_BYTES, tooLargeMessage } from '../../core/text-extraction/text-from-file';
import { importFile } from '../document-import/index';
import { newId } from '../new-id';
import { sha256 } from '../sha256';

/** A file of a batch: its bytes, or a way to read them when its turn comes (the CLI reads lazily). */
export type BatchFile =
  | { name: string; bytes: Uint8Array }
  | { name: string; read: () => Promise<{ bytes: Uint8Array } | { error: string }> };

/** An import outcome with what the annotations gave; the extra fields are dropped at the API boundary. */
export type AnnotatedImportOutcome = ImportOutcome & { spans?: number; relations?: number; warnings?: string[] };

export interface AnnotationImportOptions {
  /** Called before each item: 1-based position, number of items, and the item's file name. */
  onProgress?: (done: number, total: number, name: string) => void;
  /** Called with each outcome as soon as it is known (the CLI prints one line a file). */
  onOutcome?: (outcome: AnnotatedImportOutcome) => void;
}

/** What the import needs from the workspace service (it is `WorkspaceService`). */
export interface AnnotationImportHost {
  importFiles(
    files: Array<{ name: string; bytes: Uint8Array; id?: string; recorded?: AnnotatedText['recorded'] }>,
  ): Promise<ImportOutcome[]>;
  listDocuments(): DocumentSummary[];
  document(id: string): CollateDocument;
  spansOf(documentId: string): Promise<SpanAnnotation[]>;
  info(): { schema: LabelSchema };
  updateSchema(schema: LabelSchema): Promise<LabelSchema>;
  updateDocument(request: {
    id: string;
    title?: string;
    outlet?: string;
    author?: string;
    published?: string;
    note?: string;
  }): Promise<DocumentSummary>;
  listRelations(): { relations: Relation[]; claimGroups: ClaimGroup[] };
  addImportedSpans(documentId: string, spans: SpanAnnotation[]): Promise<void>;
  addImportedLinks(relations: Relation[], claimGroups: ClaimGroup[]): Promise<void>;
}

interface Context {
  host: AnnotationImportHost;
  author: string;
  now: () => string;
  /** Span, relation and claim-group ids already in the workspace or given out in this batch. */
  spanIds: Set<string> | undefined;
}

const baseName = (path: string): string => path.replace(/\\/g, '/').split('/').pop()!;
const ID = /^[A-Za-z0-9][A-Za-z0-9_.:~-]{0,199}$/;

/** The file's id when it is usable and free, else a new one; the id is then taken. */
function claimId(wanted: string | undefined, taken: Set<string>, prefix: string): string {
  const id = wanted && ID.test(wanted) && !taken.has(wanted) ? wanted : newId(prefix);
  taken.add(id);
  return id;
}

async function bytesOf(file: BatchFile | undefined, name: string): Promise<{ bytes: Uint8Array } | { error: string }> {
  if (!file) return { error: `${name} is not in this batch` };
  const read = 'bytes' in file ? { bytes: file.bytes } : await file.read();
  if ('bytes' in read && read.bytes.length > MAX_IMPORT_BYTES) return { error: tooLargeMessage(read.bytes.length) };
  return read;
}

async function textOf(
  file: BatchFile | undefined,
  name: string,
): Promise<{ text: string; bytes: Uint8Array } | { error: string }> {
  const read = await bytesOf(file, name);
  if ('error' in read) return read;
  if (read.bytes.length === 0) return { error: 'The file is empty.' };
  const decoded = decodeText(read.bytes);
  if (!decoded.ok) return { error: decoded.error.message };
  return { text: decoded.value.text, bytes: read.bytes };
}

/**
 * Imports a batch of files: plain documents through `importFiles`, brat pairs and annotation
 * exports (Collate JSONL, Label Studio, doccano) with their spans and relations. One outcome per
 * document (and per file or record that failed); a failure never stops the rest of the batch and
 * writes nothing. See README "Importing annotations" for the rules (duplicates, ids, schema).
 */
export async function importAnnotatedFiles(
  host: AnnotationImportHost,
  files: readonly BatchFile[],
  options: AnnotationImportOptions & { author: string; now: () => string },
): Promise<AnnotatedImportOutcome[]> {
  const byName = new Map<string, BatchFile>();
  for (const f of files) if (!byName.has(f.name)) byName.set(f.name, f);
  const items = planBatch(files.map((f) => f.name));
  const context: Context = { host, author: options.author, now: options.now, spanIds: undefined };
  const outcomes: AnnotatedImportOutcome[] = [];
  for (const [i, item] of items.entries()) {
    options.onProgress?.(i + 1, items.length, item.kind === 'brat' ? item.text : item.path);
    const done = await importItem(context, item, byName);
    for (const outcome of done) options.onOutcome?.(outcome);
    outcomes.push(...done);
  }
  return outcomes;
}

async function importItem(
  context: Context,
  item: BatchItem,
  files: Map<string, BatchFile>,
): Promise<AnnotatedImportOutcome[]> {
  switch (item.kind) {
    case 'failed':
      return [{ status: 'failed', file: item.path, reason: item.reason }];
    case 'skipped':
      return [{ status: 'skipped', file: item.path, reason: item.reason }];
    case 'document': {
      const read = await bytesOf(files.get(item.path), item.path);
      if ('error' in read) return [{ status: 'failed', file: item.path, reason: read.error }];
      const decoded = /\.md$/i.test(item.path) ? decodeText(read.bytes) : undefined;
      if (decoded?.ok && isCollateDatasetCard(item.path, decoded.value.text)) {
        return [{ status: 'skipped', file: item.path, reason: 'the dataset card of a Collate export, not an article' }];
      }
      const [outcome] = await context.host.importFiles([{ name: baseName(item.path), bytes: read.bytes }]);
      return [{ ...outcome!, file: item.path }];
    }
    case 'annotations': {
      const read = await textOf(files.get(item.path), item.path);
      if ('error' in read) return [{ status: 'failed', file: item.path, reason: read.error }];
      const parsed = parseAnnotationFile(baseName(item.path), read.text);
      if (!parsed.ok)
        return [
          { status: 'failed', file: item.path, reason: parsed.error.message.replace(`${baseName(item.path)}: `, '') },
        ];
      return importBundle(context, parsed.value, item.path);
    }
    case 'brat': {
      const origin = [item.text, ...item.anns.map((a) => a.path)].map(baseName).join(' + ');
      const failed = (reason: string): AnnotatedImportOutcome[] => [{ status: 'failed', file: origin, reason }];
      const text = await textOf(files.get(item.text), item.text);
      if ('error' in text) return failed(`${baseName(item.text)}: ${text.error}`);
      const anns: BratAnnFile[] = [];
      for (const a of item.anns) {
        const read = await bytesOf(files.get(a.path), a.path);
        if ('error' in read) return failed(`${baseName(a.path)}: ${read.error}`);
        const decoded = read.bytes.length === 0 ? { ok: true as const, value: { text: '' } } : decodeText(read.bytes);
        if (!decoded.ok) return failed(`${baseName(a.path)}: ${decoded.error.message}`);
        anns.push({
          name: baseName(a.path),
          content: decoded.value.text,
          ...(a.annotator ? { annotator: a.annotator } : {}),
        });
      }
      let conf: BratConf | undefined;
      if (item.conf) {
        const read = await textOf(files.get(item.conf), item.conf);
        if (!('error' in read)) conf = parseAnnotationConf(read.text);
      }
      const parsed = parseBrat({ textName: baseName(item.text), text: text.text, anns, ...(conf ? { conf } : {}) });
      if (!parsed.ok) return failed(parsed.error.message);
      parsed.value.documents[0]!.origin = origin;
      // annotation.conf is the project's schema: its labels join in its order, whichever text comes first.
      if (conf && conf.entities.length > 0) {
        const schema = context.host.info().schema;
        const labels = declaredBratLabels(conf, schema);
        const declared = extendSchema(schema, { labels, attributes: [], relations: [] });
        if (declared.changes.length > 0) {
          await context.host.updateSchema(declared.schema);
          parsed.value.documents[0]!.warnings.push(...declared.changes.map((c) => `schema (annotation.conf): ${c}`));
        }
      }
      reconcileBratNames(parsed.value, context.host.info().schema);
      return importBundle(context, parsed.value, origin, text.bytes);
    }
  }
}

interface Placed {
  outcome: AnnotatedImportOutcome;
  documentId?: string;
}

/**
 * Writes a parsed bundle: per document, checks everything first (text import, offsets after line
 * endings became LF, every span against the schema it will have), then writes schema, document and
 * spans; relations and claim groups last, once every document of the bundle is in.
 */
async function importBundle(
  context: Context,
  bundle: AnnotationBundle,
  file: string,
  textBytes?: Uint8Array,
): Promise<AnnotatedImportOutcome[]> {
  const { host } = context;
  const placed: Placed[] = [];
  const spanIdOf = new Map<string, { id: string; label: string; documentId: string; index: number }>();
  if (!context.spanIds) {
    context.spanIds = new Set();
    for (const d of host.listDocuments()) for (const s of await host.spansOf(d.id)) context.spanIds.add(s.id);
  }
  const spanIds = context.spanIds;
  const single = bundle.documents.length === 1 && bundle.failures.length === 0;
  for (const doc of bundle.documents) {
    const where = single ? file : doc.origin;
    const fail = (reason: string): void => void placed.push({ outcome: { status: 'failed', file: where, reason } });
    const bytes = textBytes ?? new TextEncoder().encode(doc.text);
    const imported = await importFile(doc.name, bytes);
    if (!imported.ok) {
      fail(imported.error.message);
      continue;
    }
    const text = imported.value.text;
    const at = alignImportedText(doc.text, text);
    if (!at) {
      fail('the text changed when it was imported (it is not plain text), so the offsets cannot be placed.');
      continue;
    }
    // Duplicates: the annotations go onto the existing document only when it has none.
    const bytesHash = sha256(bytes);
    const textHash = sha256(text);
    const existing = host.listDocuments().find((d) => d.sha256 === bytesHash || d.textSha256 === textHash);
    if (existing) {
      const has = (await host.spansOf(existing.id)).length;
      if (has > 0 || doc.spans.length === 0) {
        const reason = `same content as "${existing.title}"${has > 0 && doc.spans.length > 0 ? `, which already has ${has} annotation(s); its ${doc.spans.length} annotation(s) here were not imported` : ''}`;
        placed.push({ outcome: { status: 'duplicate', file: where, existing: existing.id, reason } });
        continue;
      }
    }
    // Every span is made in memory first, against the schema as it will be.
    const needs = extendSchema(host.info().schema, {
      labels: doc.spans.map((s) => s.label),
      attributes: doc.spans.flatMap((s) =>
        Object.entries(s.attributes).map(([name, value]) => ({ label: s.label, name, value })),
      ),
      relations: [],
      ...(bundle.schema ? { declared: bundle.schema } : {}),
    });
    const target = existing ? host.document(existing.id) : { id: 'pending', text };
    const spans: SpanAnnotation[] = [];
    const keys: ImportedSpan[] = [];
    const taken = new Set<string>();
    let problem: string | undefined;
    for (const s of doc.spans) {
      const fragments = alignFragments(s.fragments, at);
      if (!fragments) {
        problem = `span ${s.key} covers only a line break.`;
        break;
      }
      const now = context.now();
      const made = createSpan(
        target,
        needs.schema,
        {
          label: s.label,
          start: fragments[0]!.start,
          end: fragments[fragments.length - 1]!.end,
          ...(fragments.length > 1 ? { fragments } : {}),
        },
        {
          id: 'pending',
          author: s.author ?? context.author,
          now: s.created ?? now,
        },
      );
      if (!made.ok) {
        problem = `span ${s.key.replace(/^\d+:(\d+:)?/, '')}: ${made.error.message}`;
        break;
      }
      const id = s.id && !spanIds.has(s.id) && !taken.has(s.id) && ID.test(s.id) ? s.id : undefined;
      if (id) taken.add(id);
      spans.push({
        ...made.value,
        id: id ?? '',
        attributes: { ...s.attributes },
        ...(s.note !== undefined ? { note: sanitizeNoteHtml(s.note) } : {}),
        ...(s.layer ? { layer: s.layer } : {}),
        modified: s.modified ?? s.created ?? now,
      });
      keys.push(s);
    }
    if (problem) {
      fail(problem);
      continue;
    }
    // Checked: now write. Schema first (labels, attributes), then the document, then its spans.
    if (needs.changes.length > 0) await host.updateSchema(needs.schema);
    let documentId: string;
    let summary: DocumentSummary;
    if (existing) {
      documentId = existing.id;
      summary = existing;
    } else {
      // A brat text Collate exported is named after its document: `<id>.txt`.
      const wanted = doc.id ?? doc.name.replace(/\.txt$/i, '');
      const [outcome] = await host.importFiles([
        { name: doc.name, bytes, id: wanted, ...(doc.recorded ? { recorded: doc.recorded } : {}) },
      ]);
      if (outcome!.status !== 'imported') {
        placed.push({ outcome: { ...outcome!, file: where } });
        continue;
      }
      documentId = outcome!.document.id;
      summary = outcome!.document;
      const meta: { id: string; title?: string; outlet?: string; author?: string; published?: string; note?: string } =
        { id: documentId };
      if (doc.title && doc.title.trim() && doc.title !== summary.title) meta.title = doc.title.slice(0, 500);
      for (const field of ['outlet', 'author', 'published', 'note'] as const)
        if (doc[field]) meta[field] = field === 'note' ? sanitizeNoteHtml(doc[field]) : doc[field];
      if (Object.keys(meta).length > 1) summary = await host.updateDocument(meta);
    }
    spans.forEach((span, i) => {
      span.documentId = documentId;
      span.id = claimId(span.id || undefined, spanIds, 's');
      spanIdOf.set(keys[i]!.key, { id: span.id, label: span.label, documentId, index: placed.length });
    });
    await host.addImportedSpans(documentId, spans);
    const warnings = [...doc.warnings, ...needs.changes.map((c) => `schema: ${c}`)];
    placed.push({
      documentId,
      outcome: {
        status: 'imported',
        file: where,
        document: summary,
        spans: spans.length,
        relations: 0,
        ...(warnings.length > 0 ? { warnings } : {}),
      },
    });
  }
  for (const f of bundle.failures) placed.push({ outcome: { status: 'failed', file: f.origin, reason: f.reason } });
  await writeLinks(context, bundle, spanIdOf, placed);
  if (bundle.warnings.length > 0) {
    const first = placed.find((p) => p.outcome.status === 'imported');
    if (first) first.outcome.warnings = [...(first.outcome.warnings ?? []), ...bundle.warnings];
  }
  return placed.map((p) => p.outcome);
}

async function writeLinks(
  context: Context,
  bundle: AnnotationBundle,
  spanIdOf: Map<string, { id: string; label: string; documentId: string; index: number }>,
  placed: Placed[],
): Promise<void> {
  const { host } = context;
  const existing = host.listRelations();
  const relationIds = new Set(existing.relations.map((r) => r.id));
  const groupIds = new Set(existing.claimGroups.map((g) => g.id));
  const same = new Set(existing.relations.map((r) => `${r.type}\u0000${r.from}\u0000${r.to}`));
  const relations: Relation[] = [];
  const needs: Array<{ type: string; from: string; to: string }> = [];
  let left = 0;
  for (const r of bundle.relations) {
    const from = spanIdOf.get(r.from);
    const to = spanIdOf.get(r.to);
    if (!from || !to || from.id === to.id) {
      if (from || to) left++;
      continue;
    }
    const key = `${r.type}\u0000${from.id}\u0000${to.id}`;
    if (same.has(key)) continue;
    same.add(key);
    relations.push({
      id: claimId(r.id, relationIds, 'r'),
      type: r.type,
      from: from.id,
      to: to.id,
      author: r.author ?? context.author,
      ...(r.layer ? { layer: r.layer } : {}),
      created: r.created ?? context.now(),
    });
    needs.push({ type: r.type, from: from.label, to: to.label });
    const outcome = placed[from.index]!.outcome;
    outcome.relations = (outcome.relations ?? 0) + 1;
  }
  const groups: ClaimGroup[] = [];
  for (const g of bundle.claimGroups) {
    const members = [...new Set(g.members.map((m) => spanIdOf.get(m)?.id).filter((m): m is string => m !== undefined))];
    if (members.length === 0) continue;
    const now = context.now();
    groups.push({
      id: claimId(g.id, groupIds, 'g'),
      statement: g.statement,
      members,
      ...(g.author !== undefined ? { author: g.author } : {}),
      ...(g.layer ? { layer: g.layer } : {}),
      created: g.created ?? now,
      modified: g.modified ?? now,
    });
  }
  if (relations.length === 0 && groups.length === 0) return;
  const schema = extendSchema(host.info().schema, {
    labels: [],
    attributes: [],
    relations: needs,
    ...(bundle.schema ? { declared: bundle.schema } : {}),
  });
  if (schema.changes.length > 0) await host.updateSchema(schema.schema);
  await host.addImportedLinks(relations, groups);
  const first = placed.find((p) => p.outcome.status === 'imported');
  if (first) {
    const notes = [
      ...schema.changes.map((c) => `schema: ${c}`),
      ...(left > 0 ? [`${left} relation(s) left out: one of their spans was not imported`] : []),
    ];
    if (notes.length > 0) first.outcome.warnings = [...(first.outcome.warnings ?? []), ...notes];
  }
}
