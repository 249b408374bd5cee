import { singleChange } from '../state/annotation-list';
import { assignLanes, freeLane, type HighlightSpan } from './span-decorations';

/** Calls `visit` with each line a span touches. */
export type ForLines = (span: HighlightSpan, visit: (k: number) => void) => void;

/**
 * Which spans lie on each line of a text, and each span's underline lane. A new list that differs
 * from the last by one span added, removed or replaced updates only that span's lines, and the
 * other spans keep their lanes; any other list is indexed afresh.
 */
export class SpanLines {
  private spans: readonly HighlightSpan[] = [];
  private readonly byId = new Map<string, HighlightSpan>();
  private lines: Array<HighlightSpan[] | undefined>;
  private lanes = new Map<string, number>();

  constructor(
    private readonly lineCount: number,
    private readonly forLines: ForLines,
  ) {
    this.lines = new Array<HighlightSpan[] | undefined>(lineCount);
  }

  get list(): readonly HighlightSpan[] {
    return this.spans;
  }

  span(id: string): HighlightSpan | undefined {
    return this.byId.get(id);
  }

  /** The spans drawn on line k (orphaned spans are on none). */
  on(k: number): readonly HighlightSpan[] {
    return this.lines[k] ?? [];
  }

  has(k: number): boolean {
    return !!this.lines[k]?.length;
  }

  lane(id: string): number {
    return this.lanes.get(id) ?? 0;
  }

  /**
   * Takes a new list, calling `dirty` with each line whose spans changed when the change was one
   * span; false when the list was indexed afresh (every line may have changed), as it is when `afresh`.
   */
  update(next: readonly HighlightSpan[], dirty: (k: number) => void, afresh = false): boolean {
    const prev = this.spans;
    if (prev === next && !afresh) return true;
    this.spans = next;
    const change = prev.length > 0 && !afresh ? singleChange(prev, next) : null;
    if (change) {
      this.applyChange(change.removed, change.added, dirty);
      return true;
    }
    this.byId.clear();
    this.lines = new Array<HighlightSpan[] | undefined>(this.lineCount);
    const drawn: HighlightSpan[] = [];
    for (const span of next) {
      this.byId.set(span.id, span);
      if (span.orphaned) continue;
      drawn.push(span);
      this.addToLines(span);
    }
    this.lanes = assignLanes(drawn);
    return false;
  }

  private addToLines(span: HighlightSpan): void {
    this.forLines(span, (k) => {
      const list = this.lines[k];
      if (list) list.push(span);
      else this.lines[k] = [span];
    });
  }

  private applyChange(removed: HighlightSpan | null, added: HighlightSpan | null, dirty: (k: number) => void): void {
    let lane: number | undefined;
    if (removed) {
      this.byId.delete(removed.id);
      lane = this.lanes.get(removed.id);
      this.lanes.delete(removed.id);
      if (!removed.orphaned) {
        this.forLines(removed, (k) => {
          const list = this.lines[k];
          if (list) this.lines[k] = list.filter((s) => s !== removed);
          dirty(k);
        });
      }
    }
    if (added) {
      this.byId.set(added.id, added);
      if (!added.orphaned) {
        const neighbours = new Set<HighlightSpan>();
        this.forLines(added, (k) => {
          for (const s of this.lines[k] ?? []) neighbours.add(s);
          dirty(k);
        });
        const sameRange = removed && lane !== undefined && removed.start === added.start && removed.end === added.end;
        this.lanes.set(added.id, sameRange ? lane! : freeLane(added, neighbours, this.lanes));
        this.addToLines(added);
      }
    }
  }
}
