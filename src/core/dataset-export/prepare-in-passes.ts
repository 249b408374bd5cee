import type { ClaimGroup, CollateDocument, LabelSchema, Relation, SpanAnnotation } from '../model';
import { sanitizeNoteHtml } from '../sanitize-note-html';
import { canonicalSpanOrder } from './canonical-span-order';
import { CompactIdSet } from './compact-id-set';
import { LinkedSpanPlaces } from './linked-span-places';
import { codePointLength } from './dataset-card';
import { keepSpans } from './prepare-dataset';
import type { ExportOptions } from './types';

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** What the card and a streaming writer read of a span until its document's turn comes: label and author. */
export type SpanTally = Pick<SpanAnnotation, 'label' | 'author'>;

/** What the first pass leaves: everything `prepareDataset` gives but the spans, which come per document later. */
export interface PassPlan {
  /**
   * The chosen documents, in order, held without their texts (`text` is empty: each document is read
   * again in the second pass and given to `restore`), so that a plan does not grow with the texts.
   */
  documents: CollateDocument[];
  /** Each chosen document's length in code points, for the card. */
  characters: Map<string, number>;
  /** A document read again for the second pass, as the first pass chose it (its note made safe). */
  restore(document: CollateDocument): CollateDocument;
  /** Label and author of each kept span per document (in no particular order), for counts. */
  tallies: Map<string, SpanTally[]>;
  relations: Relation[];
  claimGroups: ClaimGroup[];
  schema: LabelSchema;
  warnings: string[];
  /** A document's exportable spans, copied and sorted as `prepareDataset` sorts them; for the second pass. */
  spansOf(document: CollateDocument, spans: readonly SpanAnnotation[]): SpanAnnotation[];
  /** The document of a kept span that a relation or claim group names (the others are not kept track of). */
  documentOf(spanId: string): string | undefined;
}

/**
 * `prepareDataset` in two passes over the documents, so that an export never holds every span: the
 * first pass (`note`, each document in workspace order, chosen or not) checks spans and keeps only
 * what links, ordering and counts need (the spans that share a place or are linked, ids, labels and
 * authors); `finish` then checks links and orders them; the second pass (`spansOf`) gives each
 * document's spans again, sorted. Same spans, order and warnings as `prepareDataset`.
 */
export class DatasetPasses {
  private readonly warnings: string[] = [];
  private readonly wanted: Set<string> | undefined;
  private readonly labels: Set<string> | undefined;
  private readonly includeNotes: boolean;
  /** The id of every span kept so far (the duplicate check), held compactly: it grows with the corpus. */
  private readonly kept = new CompactIdSet();
  /** The spans links name: present or not, and where each kept one stands (for ordering and splitting links). */
  private readonly linked: LinkedSpanPlaces;
  /** Kept spans that share range and label with another of their document: whole, for their canonical order. */
  private readonly alike = new Map<string, SpanAnnotation>();
  private readonly documents: CollateDocument[] = [];
  private readonly characters = new Map<string, number>();
  private readonly tallies = new Map<string, SpanTally[]>();
  private readonly names = new Map<string, SpanTally>();
  private readonly seen = new Set<string>();
  /** Spans of a document whose id an earlier document already used (`document\0span`): skipped again in the second pass. */
  private readonly takenEarlier = new Set<string>();

  constructor(
    private readonly links: { relations: readonly Relation[]; claimGroups: readonly ClaimGroup[]; schema: LabelSchema },
    options: ExportOptions,
    private readonly carried: { attributes: boolean },
  ) {
    this.wanted = options.documentIds ? new Set(options.documentIds) : undefined;
    this.labels = options.labels ? new Set(options.labels) : undefined;
    this.includeNotes = options.includeNotes ?? true;
    this.linked = new LinkedSpanPlaces(linkEnds(links));
  }

  /** The first pass: every document of the workspace, in order. */
  note(document: CollateDocument, spans: readonly SpanAnnotation[]): void {
    this.seen.add(document.id);
    for (const s of spans) this.linked.notePresent(s.id);
    if (this.wanted && !this.wanted.has(document.id)) return;
    const chosen = chosenDocument(document);
    for (const s of spans) if (this.kept.has(s.id)) this.takenEarlier.add(`${document.id}\u0000${s.id}`);
    const kept = keepSpans(chosen, spans, this.kept, this.warnings, {
      labels: this.labels,
      includeNotes: this.includeNotes,
    });
    const places = new Map<string, number>();
    const place = (s: SpanAnnotation): string => `${s.start}\u0000${s.end}\u0000${s.label}`;
    for (const s of kept) places.set(place(s), (places.get(place(s)) ?? 0) + 1);
    kept.forEach((span, index) => {
      this.linked.noteKept(span, this.documents.length, index);
      if (places.get(place(span))! > 1) this.alike.set(span.id, span);
    });
    this.tallies.set(
      document.id,
      kept.map((s) => this.tally(s.label, s.author)),
    );
    const { previousText: _previous, ...withoutText } = chosen;
    this.documents.push({ ...withoutText, text: '' });
    this.characters.set(document.id, codePointLength(document.text));
  }

  finish(): PassPlan {
    const warnings: string[] = [];
    if (this.wanted)
      for (const id of this.wanted)
        if (!this.seen.has(id)) warnings.push(`Document "${id}" was asked for but is not in the workspace.`);
    warnings.push(...this.warnings);
    const relations: Relation[] = [];
    for (const relation of this.links.relations) {
      const missing = [relation.from, relation.to].filter((id) => !this.linked.isPresent(id));
      if (missing.length > 0) {
        warnings.push(
          `Relation "${relation.id}" (${relation.type}) points to missing span ${missing.map((m) => `"${m}"`).join(' and ')}; skipped.`,
        );
      } else if (this.kept.has(relation.from) && this.kept.has(relation.to)) relations.push({ ...relation });
    }
    const canonical = canonicalSpanOrder([[...this.alike.values()]], relations, this.carried, (id) => {
      const at = this.linked.placeOf(id);
      return at && { ...at, documentId: this.documents[at.document]!.id };
    });
    type Placed = Pick<SpanAnnotation, 'id' | 'start' | 'end' | 'label'>;
    const order = (a: Placed, b: Placed): number =>
      a.start - b.start || a.end - b.end || compare(a.label, b.label) || canonical(a, b);
    const before = (x: string, y: string): number => {
      const [a, b] = [this.linked.placeOf(x)!, this.linked.placeOf(y)!];
      return a.document - b.document || order(a, b) || a.index - b.index;
    };
    relations.sort(
      (a, b) => before(a.from, b.from) || before(a.to, b.to) || compare(a.type, b.type) || compare(a.id, b.id),
    );
    const claimGroups: ClaimGroup[] = [];
    for (const group of this.links.claimGroups) {
      const missing = group.members.filter((m) => !this.linked.isPresent(m));
      if (missing.length > 0)
        warnings.push(
          `Claim group "${group.id}" lists missing span ${missing.map((m) => `"${m}"`).join(', ')}; left out of it.`,
        );
      const members = group.members.filter((m) => this.kept.has(m));
      if (members.length > 0) claimGroups.push({ ...group, members });
    }
    const options = { labels: this.labels, includeNotes: this.includeNotes };
    return {
      documents: this.documents,
      characters: this.characters,
      restore: chosenDocument,
      tallies: this.tallies,
      relations,
      claimGroups,
      schema: this.links.schema,
      warnings,
      spansOf: (document, spans) =>
        keepSpans(
          document,
          spans.filter((s) => !this.takenEarlier.has(`${document.id}\u0000${s.id}`)),
          new Set(),
          [],
          options,
        ).sort(order),
      documentOf: (spanId) => {
        const at = this.linked.documentOf(spanId);
        return at === undefined ? undefined : this.documents[at]!.id;
      },
    };
  }

  /** One tally per distinct label and author, shared by their spans, so that a span costs a pointer. */
  private tally(label: string, author: string): SpanTally {
    const key = `${label}\u0000${author}`;
    const known = this.names.get(key);
    if (known !== undefined) return known;
    const made = Object.freeze({ label, author });
    this.names.set(key, made);
    return made;
  }
}

/** Every span id that a relation or claim group names. */
function* linkEnds(links: { relations: readonly Relation[]; claimGroups: readonly ClaimGroup[] }): Iterable<string> {
  for (const r of links.relations) yield* [r.from, r.to];
  for (const g of links.claimGroups) yield* g.members;
}

/** A document as an export gives it: its note (HTML) made safe. */
function chosenDocument(document: CollateDocument): CollateDocument {
  return document.note === undefined ? document : { ...document, note: sanitizeNoteHtml(document.note) };
}
