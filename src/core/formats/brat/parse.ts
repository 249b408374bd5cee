import type { Fragment, LabelSchema } from '../../model';
import { OffsetIndex } from '../../offsets';
import { fail, ok, type Result } from '../../result';
import { bratName } from './serialize';
import { parseBratAnn } from './parse-ann';
import { compareQuote, toUtf16Fragments } from '../../annotation-import/check-offsets';
import { coveredText } from '../../covered-text';
import { plainNoteToHtml } from '../../annotation-import/note-html';
import type { AnnotationBundle, ImportedRelation, ImportedSpan } from '../../annotation-import/types';

/**
 * brat type → Collate label. PolNeAR (and PARC-style attribution corpora) tag Source, Cue and
 * Content; Content is what Collate calls a Claim. Every other type keeps its name.
 */
export const BRAT_LABEL_MAP: Readonly<Record<string, string>> = { Source: 'Source', Content: 'Claim', Cue: 'Cue' };

/** Relation types an attribution event becomes: the claim to each source, the claim to each cue. */
export const ATTRIBUTED_TO = 'attributed-to';
export const CUED_BY = 'cued-by';

export interface BratAnnFile {
  /** File name, for messages. */
  name: string;
  content: string;
  /** Annotator, from a `<text stem>_<annotator>.ann` name; becomes the spans' author. */
  annotator?: string;
}

/** What an `annotation.conf` declares; used for attribute values and relation ends in the schema. */
export interface BratConf {
  entities: string[];
  events: string[];
  relations: Array<{ name: string; from: string[]; to: string[] }>;
  attributes: Array<{ name: string; on: string[]; values: string[] }>;
}

/** Reads brat's `annotation.conf` (sections, `!`-prefixed abstract types, `<ENTITY>` wildcards). */
export function parseAnnotationConf(content: string): BratConf {
  const conf: BratConf = { entities: [], events: [], relations: [], attributes: [] };
  let section = '';
  for (const raw of content.split(/\r?\n/)) {
    const line = raw.replace(/#.*$/, '').trimEnd();
    if (line.trim() === '') continue;
    const header = /^\s*\[(\w+)\]\s*$/.exec(line);
    if (header) {
      section = header[1]!.toLowerCase();
      continue;
    }
    const [head, rest] = splitFirst(line.trim());
    const name = head.replace(/^!/, '');
    if (name.startsWith('<')) continue;
    const args = new Map<string, string[]>();
    for (const part of rest.split(',')) {
      const m = /^\s*([^:\s]+)\s*:\s*(.+?)\s*$/.exec(part);
      if (m)
        args.set(
          m[1]!.replace(/[?*+]$/, ''),
          m[2]!
            .split('|')
            .map((s) => s.trim())
            .filter((s) => s && !s.startsWith('<')),
        );
    }
    if (section === 'entities') conf.entities.push(name);
    else if (section === 'events') conf.events.push(name);
    else if (section === 'relations')
      conf.relations.push({ name, from: args.get('Arg1') ?? [], to: args.get('Arg2') ?? [] });
    else if (section === 'attributes')
      conf.attributes.push({ name, on: args.get('Arg') ?? [], values: args.get('Value') ?? [] });
  }
  return conf;
}

function splitFirst(line: string): [string, string] {
  const m = /^(\S+)\s+(.*)$/.exec(line);
  return m ? [m[1]!, m[2]!] : [line, ''];
}

interface Event {
  id: string;
  line: number;
  type: string;
  trigger: string;
  args: Array<{ role: string; id: string }>;
}

const within = (inner: readonly Fragment[], outer: readonly Fragment[]): boolean =>
  inner.every((f) => outer.some((o) => o.start <= f.start && f.end <= o.end));

export interface BratInput {
  /** The `.txt` file's name (for messages and as the document's source). */
  textName: string;
  /** The `.txt` decoded, exactly: brat offsets count its code points. */
  text: string;
  anns: BratAnnFile[];
  conf?: BratConf;
  labelMap?: Readonly<Record<string, string>>;
  /** Prefix of span keys, unique per document in a batch. */
  keyPrefix?: string;
}

/**
 * Reads one brat document: a text and one `.ann` per annotator. T lines (discontinuous `s e;s e`,
 * code-point offsets) become spans, checked against the text (past the end, or covering other text
 * than the line says: the document fails, naming the file and line). R lines become relations; A/M
 * lines attributes; `#` notes the span's note (HTML paragraphs).
 *
 * E lines: an attribution event (an argument whose role maps to Claim, the others to Source or Cue,
 * roles may carry a number: `Content2`) becomes `attributed-to` claim→source and `cued-by`
 * claim→cue relations; its trigger is left out when it lies inside one of its arguments (PolNeAR
 * repeats the cue as an `Attribution` trigger) and nothing else refers to it. Any other event keeps
 * its trigger as a span and links it to each argument by a relation named after the role.
 */
export function parseBrat(input: BratInput): Result<AnnotationBundle> {
  const map = input.labelMap ?? BRAT_LABEL_MAP;
  const label = (type: string): string => map[type] ?? type;
  const index = new OffsetIndex(input.text);
  const spans: ImportedSpan[] = [];
  const relations: ImportedRelation[] = [];
  const warnings: string[] = [];
  const prefix = input.keyPrefix ?? '';
  const multi = input.anns.length > 1;

  for (const [fileIndex, ann] of input.anns.entries()) {
    const at = (line: number): string => `${ann.name} line ${line}`;
    const parsed = parseBratAnn(ann.content);
    if (parsed.errors.length > 0) return fail('bad-ann', `${ann.name} ${parsed.errors[0]}.`);
    const lines = ann.content.split('\n');
    const lineOf = new Map<string, number>();
    for (const [n, raw] of lines.entries()) {
      const id = raw.split('\t', 1)[0]!;
      if (!id || id.trim() === '') continue;
      if (id[0] !== '#' && lineOf.has(id))
        return fail(
          'clashing-ids',
          `${at(n + 1)}: the id ${id} is used twice in this file (first on line ${lineOf.get(id)}).`,
        );
      if (!lineOf.has(id)) lineOf.set(id, n + 1);
    }
    const key = (id: string): string => `${prefix}${multi ? `${fileIndex}:` : ''}${id}`;
    const entities = new Map<string, { span: ImportedSpan; type: string }>();
    for (const e of parsed.entities) {
      const line = lineOf.get(e.id)!;
      const fragments = toUtf16Fragments(input.text, index, e.fragments, 'codepoint');
      if (!fragments.ok) return fail(fragments.error.code, `${at(line)}: ${e.id} ${fragments.error.message}.`);
      // The line's text joins the pieces in the order the line lists them, which need not be text order.
      const listed = e.fragments.map((f) => ({ start: index.toUtf16(f.start), end: index.toUtf16(f.end) }));
      const inOrder = compareQuote(e.text, coveredText(input.text, listed));
      const quote = inOrder.problem ? compareQuote(e.text, coveredText(input.text, fragments.value)) : inOrder;
      if (quote.problem) return fail('quote-mismatch', `${at(line)}: ${e.id}: ${quote.problem}.`);
      if (quote.warning) warnings.push(`${at(line)}: ${e.id}: ${quote.warning}.`);
      const span: ImportedSpan = { key: key(e.id), label: label(e.type), fragments: fragments.value, attributes: {} };
      if (ann.annotator) span.author = ann.annotator;
      entities.set(e.id, { span, type: e.type });
    }

    const events: Event[] = [];
    for (const raw of parsed.other) {
      const id = raw.split('\t', 1)[0]!;
      const line = lineOf.get(id) ?? 0;
      if (id[0] === 'E') {
        const parts = (raw.split('\t')[1] ?? '').trim().split(/\s+/).filter(Boolean);
        const pairs = parts.map((p) => /^([^:]+):(\S+)$/.exec(p));
        if (pairs.length === 0 || pairs.some((p) => !p)) return fail('bad-ann', `${at(line)}: bad event.`);
        const [head, ...rest] = pairs.map((p) => ({ role: p![1]!, id: p![2]! }));
        events.push({ id, line, type: head!.role, trigger: head!.id, args: rest });
      } else {
        warnings.push(
          `${at(line)}: ${id[0] === '*' ? 'equivalence' : id[0] === 'N' ? 'normalization' : 'annotation'} "${id}" left out (Collate has no such annotation).`,
        );
      }
    }
    const eventIds = new Set(events.map((e) => e.id));
    const need = (id: string, line: number, who: string): Result<true> => {
      if (entities.has(id)) return ok(true);
      return fail(
        'missing-reference',
        `${at(line)}: ${who} refers to ${id}, which is not a text-bound annotation of this file.`,
      );
    };

    // Which triggers are left out: inside an argument of an attribution event, used by nothing else.
    const referenced = new Set<string>();
    for (const r of parsed.relations) referenced.add(r.arg1).add(r.arg2);
    for (const a of parsed.attributes) referenced.add(a.target);
    for (const n of parsed.notes) referenced.add(n.target);
    for (const e of events) for (const a of e.args) referenced.add(a.id);
    const roleKind = (role: string): 'Claim' | 'Source' | 'Cue' | undefined => {
      const l = label(role.replace(/\d+$/, ''));
      return l === 'Claim' || l === 'Source' || l === 'Cue' ? l : undefined;
    };
    const attributionEvent = (e: Event): boolean =>
      e.args.some((a) => roleKind(a.role) === 'Claim') &&
      e.args.every((a) => roleKind(a.role) !== undefined && !eventIds.has(a.id));
    const dropTrigger = new Map<string, boolean>();
    for (const e of events) {
      let ok1 = need(e.trigger, e.line, e.id);
      if (!ok1.ok) return ok1;
      for (const a of e.args) {
        if (eventIds.has(a.id)) continue;
        ok1 = need(a.id, e.line, e.id);
        if (!ok1.ok) return ok1;
      }
      const inside =
        attributionEvent(e) &&
        !referenced.has(e.trigger) &&
        e.args.some((a) => within(entities.get(e.trigger)!.span.fragments, entities.get(a.id)!.span.fragments));
      // A trigger shared by several events (PolNeAR has an empty duplicate event or two) goes when one of them says so.
      dropTrigger.set(e.trigger, (dropTrigger.get(e.trigger) ?? false) || inside);
    }
    for (const [id, drop] of dropTrigger) if (drop) entities.delete(id);
    for (const e of events)
      if (!entities.has(e.trigger) && !attributionEvent(e) && e.args.length > 0)
        return fail(
          'missing-reference',
          `${at(e.line)}: ${e.id} needs its trigger ${e.trigger}, which another event repeats inside its arguments.`,
        );

    for (const r of parsed.relations) {
      const line = lineOf.get(r.id)!;
      for (const end of [r.arg1, r.arg2]) {
        const checked = need(end, line, r.id);
        if (!checked.ok) return checked;
      }
      relations.push({
        type: r.type,
        from: key(r.arg1),
        to: key(r.arg2),
        ...(ann.annotator ? { author: ann.annotator } : {}),
      });
    }
    for (const e of events) {
      const author = ann.annotator ? { author: ann.annotator } : {};
      if (attributionEvent(e)) {
        const of = (kind: string): string[] => e.args.filter((a) => roleKind(a.role) === kind).map((a) => a.id);
        for (const claim of of('Claim')) {
          for (const source of of('Source'))
            relations.push({ type: ATTRIBUTED_TO, from: key(claim), to: key(source), ...author });
          for (const cue of of('Cue')) relations.push({ type: CUED_BY, from: key(claim), to: key(cue), ...author });
        }
      } else {
        for (const a of e.args) {
          if (eventIds.has(a.id)) {
            warnings.push(`${at(e.line)}: ${e.id}'s argument ${a.role}:${a.id} is an event; left out.`);
            continue;
          }
          relations.push({ type: a.role.replace(/\d+$/, ''), from: key(e.trigger), to: key(a.id), ...author });
        }
      }
    }
    for (const a of parsed.attributes) {
      const line = lineOf.get(a.id)!;
      const target = entities.get(a.target);
      if (!target) {
        if (eventIds.has(a.target) || dropTrigger.has(a.target)) {
          warnings.push(`${at(line)}: attribute ${a.id} is on event ${a.target}, whose trigger is not kept; left out.`);
          continue;
        }
        return fail(
          'missing-reference',
          `${at(line)}: ${a.id} refers to ${a.target}, which is not a text-bound annotation of this file.`,
        );
      }
      target.span.attributes[a.name] = a.value ?? 'true';
    }
    for (const n of parsed.notes) {
      const line = lineOf.get(n.id)!;
      const target = entities.get(n.target);
      if (!target) {
        warnings.push(
          `${at(line)}: note ${n.id} is on ${n.target}, which is not a kept text-bound annotation; left out.`,
        );
        continue;
      }
      const html = plainNoteToHtml(n.text);
      if (html) target.span.note = (target.span.note ?? '') + html;
    }
    spans.push(...[...entities.values()].map((e) => e.span));
  }

  // The same link written twice (a content shared by two events of one annotator) is kept once.
  const seen = new Set<string>();
  const unique = relations.filter((r) => {
    const id = `${r.type}\u0000${r.from}\u0000${r.to}`;
    return seen.has(id) ? false : (seen.add(id), true);
  });
  const schema: Partial<LabelSchema> | undefined = input.conf ? confSchema(input.conf, label) : undefined;
  return ok({
    format: 'brat',
    documents: [
      {
        origin: [input.textName, ...input.anns.map((a) => a.name)].join(' + '),
        name: input.textName,
        text: input.text,
        spans,
        warnings,
      },
    ],
    relations: unique,
    claimGroups: [],
    ...(schema ? { schema } : {}),
    failures: [],
    warnings: [],
  });
}

/** The schema hints of an `annotation.conf`: attribute values per label and relation ends. */
function confSchema(conf: BratConf, label: (type: string) => string): Partial<LabelSchema> {
  const labels = new Map<
    string,
    { name: string; colour: string; attributes: Array<{ name: string; values: string[] }> }
  >();
  for (const a of conf.attributes) {
    if (a.values.length === 0) continue;
    for (const on of a.on) {
      const name = label(on);
      const entry = labels.get(name) ?? { name, colour: '#888888', attributes: [] };
      entry.attributes.push({ name: a.name, values: a.values });
      labels.set(name, entry);
    }
  }
  return {
    labels: [...labels.values()],
    relationTypes: conf.relations.map((r) => ({
      name: r.name,
      from: r.from.map(label),
      to: r.to.map(label),
      symmetric: false,
    })),
  };
}

/**
 * brat names cannot hold spaces (Collate's brat export writes `named person` as `named_person`):
 * a label, attribute or value that differs from one of the schema only that way takes the schema's
 * name. Changes the bundle in place.
 */
export function reconcileBratNames(bundle: AnnotationBundle, schema: LabelSchema): void {
  const labels = new Map(schema.labels.map((l) => [bratName(l.name), l]));
  const types = new Map(schema.relationTypes.map((t) => [bratName(t.name), t.name]));
  for (const doc of bundle.documents) {
    for (const span of doc.spans) {
      const label = schema.labels.find((l) => l.name === span.label) ?? labels.get(span.label);
      if (!label) continue;
      span.label = label.name;
      const attributes: Record<string, string> = {};
      for (const [name, value] of Object.entries(span.attributes)) {
        const definition =
          label.attributes.find((a) => a.name === name) ?? label.attributes.find((a) => bratName(a.name) === name);
        const known = definition?.values.includes(value)
          ? value
          : definition?.values.find((v) => bratName(v) === value);
        attributes[definition?.name ?? name] = known ?? value;
      }
      span.attributes = attributes;
    }
  }
  for (const r of bundle.relations)
    if (!schema.relationTypes.some((t) => t.name === r.type)) r.type = types.get(r.type) ?? r.type;
}

/**
 * The labels `annotation.conf` declares, as the import names them (Content is a Claim; a brat-safe name
 * is the schema's label it stands for), in the conf's order: the project's labels, whichever text is
 * read first.
 */
export function declaredBratLabels(conf: BratConf, schema: LabelSchema): string[] {
  const bySafeName = new Map(schema.labels.map((l) => [bratName(l.name), l.name]));
  const names = conf.entities.map(
    (entity) =>
      schema.labels.find((l) => l.name === entity)?.name ?? bySafeName.get(entity) ?? BRAT_LABEL_MAP[entity] ?? entity,
  );
  return [...new Set(names)];
}
