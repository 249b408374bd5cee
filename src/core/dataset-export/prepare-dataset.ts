import type { ClaimGroup, CollateDocument, Relation, SpanAnnotation } from '../model';
import { splitsSurrogatePair } from '../offsets';
import { spanFragments } from '../covered-text';
import { sanitizeNoteHtml } from '../sanitize-note-html';
import { canonicalSpanOrder } from './canonical-span-order';
import type { IdSet } from './compact-id-set';
import type { ExportInput, ExportOptions, PreparedDataset } from './types';

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function rangeProblem(text: string, span: SpanAnnotation): string | undefined {
  const pieces = spanFragments(span);
  let previousEnd = 0;
  for (const { start, end } of pieces) {
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || end <= start) {
      return `range ${start}–${end} lies outside the text (length ${text.length}) or is empty`;
    }
    if (start < previousEnd) return 'its fragments overlap or are out of order';
    if (splitsSurrogatePair(text, start) || splitsSurrogatePair(text, end)) return 'it cuts a character in half';
    previousEnd = end;
  }
  if (span.fragments && (span.start !== pieces[0]!.start || span.end !== pieces[pieces.length - 1]!.end)) {
    return 'its start/end do not match its first and last fragment';
  }
  return undefined;
}

/**
 * The spans of one document that can be exported, as copies (notes cleaned or left out): those of the
 * chosen labels, filed under their own document, with an id not met before (`kept` holds the ids met
 * so far, and gains these) and a range inside the text. Says why each other one was left out.
 */
export function keepSpans(
  document: CollateDocument,
  given: readonly SpanAnnotation[],
  kept: IdSet,
  warnings: string[],
  { labels, includeNotes }: { labels: ReadonlySet<string> | undefined; includeNotes: boolean },
): SpanAnnotation[] {
  const list: SpanAnnotation[] = [];
  for (const span of given) {
    if (labels && !labels.has(span.label)) continue;
    if (span.documentId !== document.id) {
      warnings.push(
        `Span "${span.id}" is filed under document "${document.id}" but names "${span.documentId}"; skipped.`,
      );
      continue;
    }
    if (kept.has(span.id)) {
      warnings.push(`Span id "${span.id}" is used twice; the second one was skipped.`);
      continue;
    }
    const problem = rangeProblem(document.text, span);
    if (problem) {
      warnings.push(`Span "${span.id}" in "${document.id}" was skipped: ${problem}.`);
      continue;
    }
    const copy: SpanAnnotation = { ...span, attributes: { ...span.attributes } };
    if (!includeNotes) delete copy.note;
    else if (copy.note !== undefined) copy.note = sanitizeNoteHtml(copy.note);
    list.push(copy);
    kept.add(span.id);
  }
  return list;
}

/**
 * Applies the options that choose what is exported (documents, labels, notes), drops what cannot be
 * exported with a warning (spans outside their text, links to missing spans), and sorts spans.
 */
export function prepareDataset(
  input: ExportInput,
  options: ExportOptions,
  carried: { attributes: boolean } = { attributes: true },
): { data: PreparedDataset; warnings: string[] } {
  const warnings: string[] = [];
  const wanted = options.documentIds ? new Set(options.documentIds) : undefined;
  if (wanted) {
    const known = new Set(input.documents.map((d) => d.id));
    for (const id of wanted)
      if (!known.has(id)) warnings.push(`Document "${id}" was asked for but is not in the workspace.`);
  }
  const labels = options.labels ? new Set(options.labels) : undefined;
  const includeNotes = options.includeNotes ?? true;
  const documents = input.documents
    .filter((d) => !wanted || wanted.has(d.id))
    .map((d) => (d.note === undefined ? d : { ...d, note: sanitizeNoteHtml(d.note) }));
  const spans = new Map<string, SpanAnnotation[]>();
  const kept = new Set<string>();
  const everySpan = new Set<string>();
  for (const list of input.spans.values()) for (const s of list) everySpan.add(s.id);

  for (const document of documents)
    spans.set(
      document.id,
      keepSpans(document, input.spans.get(document.id) ?? [], kept, warnings, { labels, includeNotes }),
    );

  const relations: Relation[] = [];
  for (const relation of input.relations) {
    const missing = [relation.from, relation.to].filter((id) => !everySpan.has(id));
    if (missing.length > 0) {
      warnings.push(
        `Relation "${relation.id}" (${relation.type}) points to missing span ${missing.map((m) => `"${m}"`).join(' and ')}; skipped.`,
      );
    } else if (kept.has(relation.from) && kept.has(relation.to)) {
      relations.push({ ...relation });
    }
  }

  // Spans on one range keep their order when the export is re-imported under new ids.
  const canonical = canonicalSpanOrder(spans.values(), relations, carried);
  const order = (a: SpanAnnotation, b: SpanAnnotation): number =>
    a.start - b.start || a.end - b.end || compare(a.label, b.label) || canonical(a, b);
  for (const list of spans.values()) list.sort(order);
  // Relations follow their spans, so their order too survives a re-import under new ids.
  const rank = new Map<string, number>();
  for (const list of spans.values()) for (const span of list) rank.set(span.id, rank.size);
  const at = (id: string): number => rank.get(id) ?? -1;
  relations.sort(
    (a, b) => at(a.from) - at(b.from) || at(a.to) - at(b.to) || compare(a.type, b.type) || compare(a.id, b.id),
  );

  const claimGroups: ClaimGroup[] = [];
  for (const group of input.claimGroups) {
    const missing = group.members.filter((m) => !everySpan.has(m));
    if (missing.length > 0)
      warnings.push(
        `Claim group "${group.id}" lists missing span ${missing.map((m) => `"${m}"`).join(', ')}; left out of it.`,
      );
    const members = group.members.filter((m) => kept.has(m));
    if (members.length > 0) claimGroups.push({ ...group, members });
  }

  return { data: { documents, spans, relations, claimGroups, schema: input.schema }, warnings };
}

/** The part of a prepared dataset on the given documents; links that leave it are reported. */
export function restrictDataset(
  data: PreparedDataset,
  documentIds: ReadonlySet<string>,
  part: string,
): { data: PreparedDataset; warnings: string[] } {
  const spanOwner = new Map<string, string>();
  for (const [id, list] of data.spans) for (const s of list) spanOwner.set(s.id, id);
  return restrictByOwner((spanId) => spanOwner.get(spanId), data, documentIds, part);
}

/**
 * The part of a dataset on the given documents, knowing each span's document by `documentOf` (a pass plan's
 * spans are counts until the second pass); links that leave the part are reported.
 */
export function restrictByOwner(
  documentOf: (spanId: string) => string | undefined,
  data: PreparedDataset,
  documentIds: ReadonlySet<string>,
  part: string,
): { data: PreparedDataset; warnings: string[] } {
  const warnings: string[] = [];
  const documents = data.documents.filter((d) => documentIds.has(d.id));
  const spans = new Map(documents.map((d) => [d.id, data.spans.get(d.id) ?? []]));
  const inPart = (spanId: string): boolean => documentIds.has(documentOf(spanId) ?? '');
  const relations = data.relations.filter((r) => {
    const fromIn = inPart(r.from);
    const toIn = inPart(r.to);
    if (fromIn !== toIn && fromIn) {
      warnings.push(
        `Relation "${r.id}" (${r.type}) links ${part} to another split (document "${documentOf(r.to)}"); left out.`,
      );
    }
    return fromIn && toIn;
  });
  const claimGroups = data.claimGroups.flatMap((g) => {
    const members = g.members.filter(inPart);
    if (members.length > 0 && members.length < g.members.length) {
      warnings.push(
        `Claim group "${g.id}" spans several splits; ${part} keeps ${members.length} of its ${g.members.length} members.`,
      );
    }
    return members.length > 0 ? [{ ...g, members }] : [];
  });
  return { data: { documents, spans, relations, claimGroups, schema: data.schema }, warnings };
}
