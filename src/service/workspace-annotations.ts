import { checkRestoredSpan } from '../core/check-restored-span';
import { CollateError } from '../core/collate-error';
import { createSpan, type NewSpan } from '../core/create-span';
import { sanitizeNoteHtml } from '../core/sanitize-note-html';
import type { ClaimGroup, CollateDocument, LabelSchema, Relation, SpanAnnotation } from '../core/model';
import type { JsonStore } from './json-store';
import { newId } from './new-id';
import type { AnnotationsFile } from './store-kinds';
import { unlinkSpan, type LinkContext } from './workspace-links';

/** What span edits need from the workspace: its documents, schema, per-document stores and clock. */
export interface AnnotationContext {
  document(id: string): CollateDocument;
  schema(): LabelSchema;
  annotationStore(documentId: string): Promise<JsonStore<AnnotationsFile>>;
  links: LinkContext;
  /** `openOnly`: look only in documents already open this session. */
  findSpan(id: string, openOnly?: boolean): Promise<SpanAnnotation | undefined>;
  author: string;
  now(): string;
}

async function findIn(context: AnnotationContext, documentId: string, id: string) {
  const store = await context.annotationStore(documentId);
  const existing = store.data.spans.find((s) => s.id === id);
  if (!existing) throw new CollateError('no-annotation', `There is no annotation "${id}" in document "${documentId}".`);
  return { store, existing };
}

/** Keeps only attributes the label defines, with allowed values; says which one is wrong otherwise. */
function checkAttributes(
  schema: LabelSchema,
  label: string,
  attributes: Record<string, string>,
): Record<string, string> {
  const definitions = schema.labels.find((l) => l.name === label)?.attributes ?? [];
  for (const [name, value] of Object.entries(attributes)) {
    const definition = definitions.find((a) => a.name === name);
    if (!definition) throw new CollateError('unknown-attribute', `Label "${label}" has no attribute "${name}".`);
    if (!definition.values.includes(value)) {
      const allowed = definition.values.join(', ');
      throw new CollateError(
        'bad-attribute',
        `"${value}" is not a value of ${label}'s "${name}" (allowed: ${allowed}).`,
      );
    }
  }
  return attributes;
}

export async function createAnnotation(
  context: AnnotationContext,
  request: NewSpan & { documentId: string; attributes?: Record<string, string>; layer?: 'curated' },
): Promise<SpanAnnotation> {
  const document = context.document(request.documentId);
  const made = createSpan(document, context.schema(), request, {
    id: newId('s'),
    author: context.author,
    now: context.now(),
  });
  if (!made.ok) throw new CollateError(made.error.code, made.error.message);
  const span = {
    ...made.value,
    attributes: checkAttributes(context.schema(), made.value.label, request.attributes ?? {}),
    ...(request.layer ? { layer: request.layer } : {}),
  };
  const store = await context.annotationStore(document.id);
  return store.update((data) => ({ next: { ...data, spans: [...data.spans, span] }, result: span }));
}

/**
 * Creates several spans on one document with one journal edit (one fsync): every span is checked
 * first, so either all are saved or none is.
 */
export async function createAnnotations(
  context: AnnotationContext,
  documentId: string,
  requests: ReadonlyArray<NewSpan & { attributes?: Record<string, string> }>,
): Promise<SpanAnnotation[]> {
  const document = context.document(documentId);
  const now = context.now();
  const made = requests.map((request) => {
    const span = createSpan(document, context.schema(), request, { id: newId('s'), author: context.author, now });
    if (!span.ok) throw new CollateError(span.error.code, span.error.message);
    return {
      ...span.value,
      attributes: checkAttributes(context.schema(), span.value.label, request.attributes ?? {}),
    };
  });
  if (made.length === 0) return [];
  const store = await context.annotationStore(document.id);
  return store.update((data) => ({ next: { ...data, spans: [...data.spans, ...made] }, result: made }));
}

/** Takes spans made by `createAnnotations` back out with one journal edit, when what followed them failed. */
export async function withdrawAnnotations(
  context: AnnotationContext,
  documentId: string,
  ids: ReadonlySet<string>,
): Promise<void> {
  const store = await context.annotationStore(documentId);
  await store.update((data) => ({
    next: { ...data, spans: data.spans.filter((s) => !ids.has(s.id)) },
    result: undefined,
  }));
}

/** Changes a span's label, attributes or note; the text it covers stays as it is. */
export async function updateAnnotation(
  context: AnnotationContext,
  request: { documentId: string; id: string; label?: string; attributes?: Record<string, string>; note?: string },
): Promise<SpanAnnotation> {
  const { store, existing } = await findIn(context, request.documentId, request.id);
  const label = request.label ?? existing.label;
  if (!context.schema().labels.some((l) => l.name === label)) {
    throw new CollateError('unknown-label', `There is no label "${label}" in this workspace's schema.`);
  }
  const { note: _note, ...rest } = existing;
  const note = request.note !== undefined ? sanitizeNoteHtml(request.note) : existing.note;
  const span: SpanAnnotation = {
    ...rest,
    label,
    attributes: checkAttributes(
      context.schema(),
      label,
      request.attributes ?? (request.label ? {} : existing.attributes),
    ),
    ...(note ? { note } : {}),
    modified: context.now(),
  };
  return store.update((data) => ({
    next: { ...data, spans: data.spans.map((s) => (s.id === span.id ? span : s)) },
    result: span,
  }));
}

/** Puts a deleted span back as it was, provided the text still holds its quote at its place. */
export async function restoreAnnotation(context: AnnotationContext, given: SpanAnnotation): Promise<SpanAnnotation> {
  const document = context.document(given.documentId);
  const checked = checkRestoredSpan(document, context.schema(), given);
  if (!checked.ok) throw new CollateError(checked.error.code, checked.error.message);
  const span =
    checked.value.note === undefined ? checked.value : { ...checked.value, note: sanitizeNoteHtml(checked.value.note) };
  // A span put back was deleted this session, from a document then open; a generated id (60 random
  // bits) can clash with an unopened document's span only in a hand-made file, which is not worth a walk.
  const existing = await context.findSpan(span.id, true);
  if (existing && existing.documentId !== span.documentId) {
    throw new CollateError('duplicate-id', `The id ${span.id} already belongs to a span of another document.`);
  }
  const store = await context.annotationStore(document.id);
  const present = store.data.spans.find((s) => s.id === span.id);
  if (present) return present;
  return store.update((data) => ({
    next: { ...data, spans: [...data.spans, span], ...tombstones(data.curatedDeletions, span, 'forget') },
    result: span,
  }));
}

/** Gives an orphaned (or any) span new offsets on the current text, with a fresh quote. */
export async function reattachAnnotation(
  context: AnnotationContext,
  documentId: string,
  id: string,
  range: { start: number; end: number },
): Promise<SpanAnnotation> {
  const document = context.document(documentId);
  const { store, existing } = await findIn(context, documentId, id);
  const made = createSpan(
    document,
    context.schema(),
    { label: existing.label, ...range },
    {
      id,
      author: existing.author,
      now: existing.created,
    },
  );
  if (!made.ok) throw new CollateError(made.error.code, made.error.message);
  const { orphaned: _orphaned, fragments: _fragments, ...kept } = existing;
  const { start, end, quote, prefix, suffix } = made.value;
  const span: SpanAnnotation = { ...kept, start, end, quote, prefix, suffix, modified: context.now() };
  return store.update((data) => ({
    next: { ...data, spans: data.spans.map((s) => (s.id === id ? span : s)) },
    result: span,
  }));
}

/**
 * A deleted curated span is remembered (its id, a plain list git merges as a set), so re-opening the
 * document for curation does not merge the agreement in again; putting it back forgets it.
 */
function tombstones(
  list: string[] | undefined,
  span: SpanAnnotation,
  change: 'add' | 'forget',
): { curatedDeletions?: string[] } {
  if (span.layer !== 'curated') return {};
  const rest = (list ?? []).filter((id) => id !== span.id);
  if (change === 'add') return { curatedDeletions: [...rest, span.id].sort() };
  return list ? { curatedDeletions: rest } : {};
}

/** Deletes a span, then its relations and claim-group memberships; returns all of it for undo. */
export async function deleteAnnotation(
  context: AnnotationContext,
  documentId: string,
  id: string,
): Promise<{ id: string; span: SpanAnnotation; relations: Relation[]; claimGroups: ClaimGroup[] }> {
  const { store, existing: span } = await findIn(context, documentId, id);
  await store.update((data) => ({
    next: { ...data, spans: data.spans.filter((s) => s.id !== id), ...tombstones(data.curatedDeletions, span, 'add') },
    result: undefined,
  }));
  return { id, span, ...(await unlinkSpan(context.links, id)) };
}

/** Remembers suggestions the analyst turned down, so the assistant does not offer them again. */
export async function rejectSuggestions(
  context: AnnotationContext,
  documentId: string,
  ids: string[],
): Promise<{ rejected: number }> {
  const store = await context.annotationStore(documentId);
  return store.update((data) => {
    const rejected = [...new Set([...(data.rejectedSuggestions ?? []), ...ids])].sort();
    return { next: { ...data, rejectedSuggestions: rejected }, result: { rejected: rejected.length } };
  });
}
