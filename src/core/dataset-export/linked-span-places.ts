import type { SpanAnnotation } from '../model';

/** Where a kept span stands: its document's place in the export, its range and label, its place in the document. */
export interface LinkedSpanPlace {
  id: string;
  document: number;
  start: number;
  end: number;
  label: string;
  index: number;
}

const NOT_KEPT = -1;

/**
 * The spans that relations and claim groups name, as a pass over the corpus meets them: whether each
 * is in the workspace at all, and where it stands once kept. What links need to be checked, ordered
 * and split, without holding the spans: one slot per id named (the ids are the links' own strings),
 * the rest in typed arrays, labels as numbers.
 */
export class LinkedSpanPlaces {
  private readonly slots = new Map<string, number>();
  private readonly present: Uint8Array;
  private readonly document: Int32Array;
  private readonly start: Int32Array;
  private readonly end: Int32Array;
  private readonly label: Int32Array;
  private readonly index: Int32Array;
  private readonly labels: string[] = [];
  private readonly labelCodes = new Map<string, number>();

  constructor(ids: Iterable<string>) {
    for (const id of ids) if (!this.slots.has(id)) this.slots.set(id, this.slots.size);
    const size = this.slots.size;
    this.present = new Uint8Array(size);
    this.document = new Int32Array(size).fill(NOT_KEPT);
    this.start = new Int32Array(size);
    this.end = new Int32Array(size);
    this.label = new Int32Array(size);
    this.index = new Int32Array(size);
  }

  /** True when some link names this id. */
  isNamed(id: string): boolean {
    return this.slots.has(id);
  }

  /** A span with this id is in the workspace (kept or not). */
  notePresent(id: string): void {
    const slot = this.slots.get(id);
    if (slot !== undefined) this.present[slot] = 1;
  }

  isPresent(id: string): boolean {
    const slot = this.slots.get(id);
    return slot !== undefined && this.present[slot] === 1;
  }

  /** A named span was kept: `document` is its document's place in the export, `index` its place in the kept list. */
  noteKept(span: Pick<SpanAnnotation, 'id' | 'start' | 'end' | 'label'>, document: number, index: number): void {
    const slot = this.slots.get(span.id);
    if (slot === undefined) return;
    this.document[slot] = document;
    this.start[slot] = span.start;
    this.end[slot] = span.end;
    this.label[slot] = this.codeOf(span.label);
    this.index[slot] = index;
  }

  /** Where a kept named span stands; undefined for an id no link names or a span not kept. */
  placeOf(id: string): LinkedSpanPlace | undefined {
    const slot = this.slots.get(id);
    if (slot === undefined || this.document[slot] === NOT_KEPT) return undefined;
    return {
      id,
      document: this.document[slot]!,
      start: this.start[slot]!,
      end: this.end[slot]!,
      label: this.labels[this.label[slot]!]!,
      index: this.index[slot]!,
    };
  }

  /** The document place of a kept named span, or undefined. */
  documentOf(id: string): number | undefined {
    const slot = this.slots.get(id);
    if (slot === undefined || this.document[slot] === NOT_KEPT) return undefined;
    return this.document[slot];
  }

  private codeOf(label: string): number {
    let code = this.labelCodes.get(label);
    if (code === undefined) {
      code = this.labels.length;
      this.labels.push(label);
      this.labelCodes.set(label, code);
    }
    return code;
  }
}
