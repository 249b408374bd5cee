import { join } from 'node:path';
import { z } from 'zod';
import type { DocumentSummary, RemovedDocument } from '../api/contract';
import { CollateError } from '../core/collate-error';
import { ClaimGroup, CollateDocument, Relation, type SpanAnnotation } from '../core/model';
import { journalFile } from './journal';
import { JsonStore } from './json-store';
import { annotationsKind, documentKind, type AnnotationsFile, type RelationsFile } from './store-kinds';
import { summarize, type DocumentCatalog } from './corpus-index/document-catalog';
import { annotationsFile, documentFile, pathSafeDocumentId } from './workspace-files';
import { makeWorkspaceFolder, readWorkspaceText, removeWorkspaceFile, writeWorkspaceFile } from './workspace-fs';

/** Removed documents wait here, one file each, until they are restored; git never carries `.collate/`. */
export const TRASH_DIR = join('.collate', 'trash');
const trashFile = (id: string): string => join(TRASH_DIR, `${pathSafeDocumentId(id)}.json`);

const TrashEntry = z.object({
  format: z.literal('collate-removed-document'),
  version: z.literal(1),
  document: CollateDocument,
  annotations: annotationsKind.schema,
  /** Relations with an end on the document's spans, and the claim groups that held one, as they were. */
  relations: z.array(Relation),
  claimGroups: z.array(ClaimGroup),
});
type TrashEntry = z.infer<typeof TrashEntry>;

/** What removing and restoring need from the workspace. */
export interface TrashContext {
  root: string;
  documents: DocumentCatalog;
  document(id: string): CollateDocument;
  annotationStore(documentId: string): Promise<JsonStore<AnnotationsFile>>;
  /** Folds and closes a document's annotation store, so its files can be removed. */
  closeAnnotationStore(documentId: string): Promise<void>;
  relations: JsonStore<RelationsFile>;
  findSpan(id: string): Promise<SpanAnnotation | undefined>;
}

/**
 * Removes a document: its document and annotation files, and its spans from relations and claim
 * groups. Everything is first written to the trash, durably, so a crash at any step loses nothing.
 */
export async function removeDocument(context: TrashContext, id: string): Promise<RemovedDocument> {
  const document = context.document(id);
  const annotations = (await context.annotationStore(id)).data;
  const spanIds = new Set(annotations.spans.map((s) => s.id));
  const links = context.relations.data;
  const relations = links.relations.filter((r) => spanIds.has(r.from) || spanIds.has(r.to));
  const claimGroups = links.claimGroups.filter((g) => g.members.some((m) => spanIds.has(m)));
  const entry: TrashEntry = {
    format: 'collate-removed-document',
    version: 1,
    document,
    annotations,
    relations,
    claimGroups,
  };
  await makeWorkspaceFolder(context.root, TRASH_DIR);
  await writeWorkspaceFile(context.root, trashFile(id), JSON.stringify(entry));
  if (relations.length > 0 || claimGroups.length > 0) {
    await context.relations.update((data) => ({
      next: {
        ...data,
        relations: data.relations.filter((r) => !spanIds.has(r.from) && !spanIds.has(r.to)),
        claimGroups: data.claimGroups.map((g) =>
          g.members.some((m) => spanIds.has(m)) ? { ...g, members: g.members.filter((m) => !spanIds.has(m)) } : g,
        ),
      },
      result: undefined,
    }));
  }
  await context.closeAnnotationStore(id);
  for (const file of [annotationsFile(id), documentFile(id)]) {
    await removeWorkspaceFile(context.root, journalFile(file));
    await removeWorkspaceFile(context.root, file);
  }
  context.documents.remove(id);
  return { id, title: document.title, spans: spanIds.size, relations: relations.length };
}

async function readTrash(root: string, id: string): Promise<TrashEntry> {
  const file = trashFile(id);
  const text = await readWorkspaceText(root, file);
  if (text === null) {
    throw new CollateError('not-removed', `Document "${id}" is not among the removed documents of this workspace.`);
  }
  let parsed: z.ZodSafeParseResult<TrashEntry>;
  try {
    parsed = TrashEntry.safeParse(JSON.parse(text));
  } catch {
    throw new CollateError('damaged-file', `${file} is damaged: it is not JSON; it was left untouched.`);
  }
  if (!parsed.success || parsed.data.document.id !== id || parsed.data.annotations.documentId !== id) {
    throw new CollateError(
      'damaged-file',
      `${file} is damaged: it does not hold document ${id}; it was left untouched.`,
    );
  }
  return parsed.data;
}

/** Puts a removed document back with its spans, and its relations and claim group places whose other ends still exist. */
export async function restoreDocument(context: TrashContext, id: string): Promise<DocumentSummary> {
  const entry = await readTrash(context.root, id);
  const { document, annotations } = entry;
  if (context.documents.has(id)) {
    throw new CollateError('document-exists', `Document "${document.title}" (${id}) is already in the workspace.`);
  }
  const twin = context.documents.duplicateOf(document.sha256, document.textSha256);
  if (twin) {
    throw new CollateError(
      'duplicate',
      `"${document.title}" cannot be restored: "${twin.title}" has the same text and was imported since.`,
    );
  }
  const own = new Set(annotations.spans.map((s) => s.id));
  const exists = async (spanId: string): Promise<boolean> => own.has(spanId) || !!(await context.findSpan(spanId));
  const relations: Relation[] = [];
  for (const r of entry.relations) if ((await exists(r.from)) && (await exists(r.to))) relations.push(r);
  const groupMembers = new Map<string, string[]>();
  for (const g of entry.claimGroups) {
    const members: string[] = [];
    for (const m of g.members) if (await exists(m)) members.push(m);
    groupMembers.set(g.id, members);
  }
  await JsonStore.create(context.root, documentFile(id), documentKind, document);
  await JsonStore.create(context.root, annotationsFile(id), annotationsKind, annotations);
  context.documents.put(document);
  await context.relations.update((data) => {
    const known = new Set(data.relations.map((r) => r.id));
    const groups = data.claimGroups.map((g) => {
      const original = entry.claimGroups.find((e) => e.id === g.id);
      if (!original) return g;
      const kept = original.members.filter((m) => g.members.includes(m) || own.has(m));
      return { ...g, members: [...kept, ...g.members.filter((m) => !kept.includes(m))] };
    });
    const present = new Set(groups.map((g) => g.id));
    const gone = entry.claimGroups
      .filter((g) => !present.has(g.id))
      .map((g) => ({ ...g, members: groupMembers.get(g.id) ?? [] }));
    return {
      next: {
        ...data,
        relations: [...data.relations, ...relations.filter((r) => !known.has(r.id))],
        claimGroups: [...groups, ...gone],
      },
      result: undefined,
    };
  });
  await removeWorkspaceFile(context.root, trashFile(id));
  return summarize(document);
}
