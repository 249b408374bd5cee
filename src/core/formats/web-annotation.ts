import type { CollateDocument, SpanAnnotation } from '../model';
import { OffsetIndex } from '../offsets';
import { captureQuote } from '../quote';
import { spanFragments } from '../covered-text';
import { writeWithChunks } from '../dataset-export/types';
import type { DatasetFormat, DocumentChunks, PreparedDataset, WriterContext } from '../dataset-export/types';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

const iri = (kind: string, id: string): string => `urn:collate:${kind}:${encodeURIComponent(id)}`;
/** IRI of a document in the W3C export: the `source` of every target on it. */
export const documentIri = (id: string): string => iri('document', id);
/** IRI of a span's annotation, the target of relations and claim groups that link it. */
export const spanAnnotationIri = (id: string): string => iri('annotation', id);
export const relationIri = (id: string): string => iri('relation', id);
export const claimGroupIri = (id: string): string => iri('claim-group', id);

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const isDateTime = (value: string): boolean => DATE_TIME.test(value) && !Number.isNaN(Date.parse(value));

interface Textual {
  type: 'TextualBody';
  purpose: string;
  value: string;
  format: string;
}
const textual = (purpose: string, value: string, format = 'text/plain'): Textual => ({
  type: 'TextualBody',
  purpose,
  value,
  format,
});

export interface WebAnnotation {
  '@context': string;
  id: string;
  type: 'Annotation';
  motivation: string;
  creator?: { type: 'Person'; nickname: string };
  created?: string;
  modified?: string;
  body: Textual[];
  target: unknown;
}

/**
 * W3C Web Annotation (JSON-LD): one `AnnotationCollection` with its single page inline.
 * - A span is an Annotation (motivation `tagging`): its label a TextualBody with purpose `tagging`,
 *   each attribute a `describing` body (`name: value`), its note a `commenting` body in `text/html`.
 * - Its target is a SpecificResource on `urn:collate:document:<id>` with a TextQuoteSelector
 *   (exact, 32 UTF-16 units of prefix/suffix) and a TextPositionSelector in code points. A
 *   discontinuous span has one such target per fragment (multiple targets, not a Choice: every
 *   piece is annotated, none is an alternative).
 * - A relation is a `linking` Annotation whose targets are `[from, to]` span annotations (in that
 *   order) with a `tagging` body (the type) and a `describing` body stating the direction.
 * - A claim group is a `linking` Annotation targeting its members, the statement as `describing` body.
 * Times that are not xsd:dateTime are left out (the model requires dateTime) with a warning.
 */
export function buildWebAnnotations(data: PreparedDataset): { annotations: WebAnnotation[]; warnings: string[] } {
  const builder = webAnnotationBuilder();
  const annotations: WebAnnotation[] = [];
  for (const document of data.documents)
    annotations.push(...builder.spans(document, data.spans.get(document.id) ?? []));
  annotations.push(...builder.links(data));
  return { annotations, warnings: builder.warnings() };
}

/** Builds the annotations of one document at a time, then those of the links, gathering warnings. */
function webAnnotationBuilder() {
  const badTimes: string[] = [];
  const times = (id: string, created: string, modified?: string): { created?: string; modified?: string } => {
    const out: { created?: string; modified?: string } = {};
    if (isDateTime(created)) out.created = created;
    else badTimes.push(id);
    if (modified !== undefined) {
      if (isDateTime(modified)) out.modified = modified;
      else if (isDateTime(created)) badTimes.push(id);
    }
    return out;
  };
  const creator = (author: string): { creator?: { type: 'Person'; nickname: string } } =>
    author ? { creator: { type: 'Person', nickname: author } } : {};
  const target = (document: CollateDocument, index: OffsetIndex, start: number, end: number): unknown => {
    const quote = captureQuote(document.text, start, end);
    return {
      type: 'SpecificResource',
      source: documentIri(document.id),
      selector: [
        { type: 'TextQuoteSelector', exact: quote.quote, prefix: quote.prefix, suffix: quote.suffix },
        { type: 'TextPositionSelector', start: index.toCodePoint(start), end: index.toCodePoint(end) },
      ],
    };
  };
  const annotation = (span: SpanAnnotation, body: Textual[], t: unknown): WebAnnotation => ({
    '@context': ANNO_CONTEXT,
    id: spanAnnotationIri(span.id),
    type: 'Annotation',
    motivation: 'tagging',
    ...creator(span.author),
    ...times(span.id, span.created, span.modified),
    body,
    target: t,
  });
  return {
    spans(document: CollateDocument, spans: readonly SpanAnnotation[]): WebAnnotation[] {
      const index = new OffsetIndex(document.text);
      return spans.map((span) => {
        const body = [textual('tagging', span.label)];
        for (const [name, value] of Object.entries(span.attributes))
          body.push(textual('describing', `${name}: ${value}`));
        if (span.note !== undefined && span.note !== '') body.push(textual('commenting', span.note, 'text/html'));
        const targets = spanFragments(span).map((f) => target(document, index, f.start, f.end));
        return annotation(span, body, targets.length === 1 ? targets[0] : targets);
      });
    },
    links(data: Pick<PreparedDataset, 'relations' | 'claimGroups'>): WebAnnotation[] {
      return [...this.eachLink(data)];
    },
    /** The annotations of the relations, then of the claim groups, one at a time. */
    *eachLink(data: Pick<PreparedDataset, 'relations' | 'claimGroups'>): Iterable<WebAnnotation> {
      for (const r of data.relations)
        yield {
          '@context': ANNO_CONTEXT,
          id: relationIri(r.id),
          type: 'Annotation',
          motivation: 'linking',
          ...creator(r.author),
          ...times(r.id, r.created),
          body: [
            textual('tagging', r.type),
            textual('describing', `${spanAnnotationIri(r.from)} ${r.type} ${spanAnnotationIri(r.to)}`),
          ],
          target: [spanAnnotationIri(r.from), spanAnnotationIri(r.to)],
        };
      for (const g of data.claimGroups) {
        const targets = g.members.map(spanAnnotationIri);
        yield {
          '@context': ANNO_CONTEXT,
          id: claimGroupIri(g.id),
          type: 'Annotation',
          motivation: 'linking',
          ...times(g.id, g.created, g.modified),
          body: [textual('tagging', 'claim-group'), textual('describing', g.statement)],
          target: targets.length === 1 ? targets[0] : targets,
        };
      }
    },
    warnings(): string[] {
      return badTimes.length === 0
        ? []
        : [
            `W3C export left out times that are not ISO 8601 date-times with a time zone, on: ${badTimes.map((id) => `"${id}"`).join(', ')}.`,
          ];
    },
  };
}

const ITEMS_MARK = '@@collate-items@@';
/** Link annotations written per chunk: a corpus's relations are never one string. */
const LINKS_PER_CHUNK = 500;
/** Each item as `JSON.stringify(collection, null, 2)` would lay it out, three levels deep. */
const item = (annotation: WebAnnotation): string =>
  '      ' + JSON.stringify(annotation, null, 2).replace(/\n/g, '\n      ');

/**
 * The collection, written one document's annotations at a time: the same bytes as stringifying the
 * whole collection with two-space indents, without ever holding it.
 */
function webAnnotationChunks(data: PreparedDataset, context: WriterContext): DocumentChunks {
  const builder = webAnnotationBuilder();
  const collection = iri('collection', context.part ?? 'dataset');
  let total = data.relations.length + data.claimGroups.length;
  for (const list of data.spans.values()) total += list.length;
  const shell = JSON.stringify(
    {
      '@context': ANNO_CONTEXT,
      id: collection,
      type: 'AnnotationCollection',
      label: `Collate dataset${context.part ? ` (${context.part})` : ''}`,
      total,
      first: { id: `${collection}:page:1`, type: 'AnnotationPage', startIndex: 0, items: total ? [ITEMS_MARK] : [] },
      last: `${collection}:page:1`,
    },
    null,
    2,
  );
  const mark = total ? `      ${JSON.stringify(ITEMS_MARK)}` : '';
  const at = total ? shell.indexOf(mark) : shell.length;
  let written = 0;
  const items = (annotations: WebAnnotation[]): string =>
    annotations.map((a) => (written++ === 0 ? '' : ',\n') + item(a)).join('');
  return {
    path: 'annotations.jsonld',
    begin: () => shell.slice(0, at),
    document: (document, spans) => items(builder.spans(document, spans)),
    *afterDocuments() {
      let batch: WebAnnotation[] = [];
      for (const link of builder.eachLink(data)) {
        batch.push(link);
        if (batch.length === LINKS_PER_CHUNK) {
          yield items(batch);
          batch = [];
        }
      }
      yield items(batch);
    },
    end: () => ({ text: shell.slice(at + mark.length) + '\n', warnings: builder.warnings() }),
  };
}

export const webAnnotationFormat: DatasetFormat = {
  name: 'w3c',
  description: 'W3C Web Annotation JSON-LD: an AnnotationCollection of span, relation and claim-group annotations.',
  offsets: 'codepoint',
  limitations: [
    'Document texts and metadata are not embedded: targets name documents as urn:collate:document:<id> IRIs (see the Documents table for their sha256).',
    'Relation direction is the order of the two targets, which JSON-LD processing treats as a set; a describing body repeats it as "<from> <type> <to>".',
    'Attribute values are describing bodies "name: value" (plain text), not structured data.',
  ],
  write: writeWithChunks(webAnnotationChunks),
  chunks: webAnnotationChunks,
};
