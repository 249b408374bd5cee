import type { Fragment, SpanAnnotation } from '../core/model';

/**
 * A hand-written check of a list of spans, for the one answer that can hold tens of thousands
 * (listAnnotations). It accepts exactly what the contract's SpanAnnotation schema accepts, and
 * like the schema it copies only the known fields and fills in `attributes`; it is a loop of
 * type tests rather than a schema walk, so 25,000 spans take a few milliseconds.
 */
export function parseSpanList(value: unknown): SpanAnnotation[] | null {
  if (!Array.isArray(value)) return null;
  const out = new Array<SpanAnnotation>(value.length);
  for (let i = 0; i < value.length; i++) {
    const span = parseSpan(value[i]);
    if (!span) return null;
    out[i] = span;
  }
  return out;
}

type Fields = Record<string, unknown>;

const isObject = (v: unknown): v is Fields => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
const isText = (v: unknown): v is string => typeof v === 'string';
const isName = (v: unknown): v is string => typeof v === 'string' && v.length > 0;

function parseFragments(v: unknown): Fragment[] | null {
  if (!Array.isArray(v) || v.length < 2) return null;
  const out: Fragment[] = [];
  for (const f of v) {
    if (!isObject(f) || !isCount(f['start']) || !isCount(f['end'])) return null;
    out.push({ start: f['start'], end: f['end'] });
  }
  return out;
}

function parseAttributes(v: unknown): Record<string, string> | null {
  if (v === undefined) return {};
  if (!isObject(v)) return null;
  const out: Record<string, string> = {};
  for (const key of Object.keys(v)) {
    const value = v[key];
    if (!isText(value)) return null;
    out[key] = value;
  }
  return out;
}

/** One span, checked and copied field by field; null when it does not match the schema. */
export function parseSpan(v: unknown): SpanAnnotation | null {
  if (!isObject(v)) return null;
  const {
    id,
    documentId,
    label,
    start,
    end,
    fragments,
    orphaned,
    quote,
    prefix,
    suffix,
    note,
    language,
    author,
    layer,
    created,
    modified,
    conflict,
  } = v;
  if (!isName(id) || !isName(documentId) || !isName(label) || !isCount(start) || !isCount(end)) return null;
  if (!isText(quote) || !isText(prefix) || !isText(suffix) || !isText(author) || !isText(created) || !isText(modified))
    return null;
  if (orphaned !== undefined && typeof orphaned !== 'boolean') return null;
  if (note !== undefined && !isText(note)) return null;
  if (language !== undefined && !isText(language)) return null;
  if (layer !== undefined && layer !== 'curated') return null;
  if (conflict !== undefined && !(isObject(conflict) && isName(conflict['with']))) return null;
  const attributes = parseAttributes(v['attributes']);
  if (!attributes) return null;
  const span: SpanAnnotation = {
    id,
    documentId,
    label,
    start,
    end,
    quote,
    prefix,
    suffix,
    attributes,
    author,
    created,
    modified,
  };
  if (fragments !== undefined) {
    const parsed = parseFragments(fragments);
    if (!parsed) return null;
    span.fragments = parsed;
  }
  if (orphaned !== undefined) span.orphaned = orphaned;
  if (note !== undefined) span.note = note;
  if (language !== undefined) span.language = language;
  if (layer !== undefined) span.layer = layer;
  if (conflict !== undefined) span.conflict = { with: (conflict as Fields)['with'] as string };
  return span;
}
