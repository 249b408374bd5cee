import type { ClaimGroup, Relation, SpanAnnotation } from '../../core/model';
import { ATTRIBUTED_TO } from './links';

/** Claim groups per page of the matrix: a page's members are read and drawn, not every group's. */
export const MATRIX_PAGE_SIZE = 50;

export interface MatrixEntry {
  readonly span: SpanAnnotation;
  /** The quotes of the sources the claim is attributed to. */
  readonly sources: readonly string[];
  /** The wording cut into pieces, each marked when the other cells of the row lack it. */
  readonly pieces: readonly Piece[];
}

export interface Piece {
  readonly text: string;
  readonly differs: boolean;
}

export interface MatrixRow {
  readonly group: ClaimGroup;
  /** One cell per column (document), each with that document's members of the group. */
  readonly cells: ReadonlyArray<readonly MatrixEntry[]>;
}

export interface Matrix {
  readonly documentIds: readonly string[];
  readonly rows: readonly MatrixRow[];
}

const TOKEN = /[\p{L}\p{N}]+(?:[.,'’][\p{L}\p{N}]+)*/gu;

const tokensOf = (text: string): Set<string> =>
  new Set(Array.from(text.matchAll(TOKEN), (m) => m[0].toLocaleLowerCase()));

/** Cuts each text into words and the rest, marking the words that some other (non-empty) text lacks. */
export function markDifferences(texts: readonly string[]): Piece[][] {
  const sets = texts.map(tokensOf);
  return texts.map((text, i) => {
    const others = sets.filter((_, j) => j !== i && texts[j] !== '');
    const pieces: Piece[] = [];
    let at = 0;
    for (const m of text.matchAll(TOKEN)) {
      if (m.index > at) pieces.push({ text: text.slice(at, m.index), differs: false });
      const word = m[0].toLocaleLowerCase();
      pieces.push({ text: m[0], differs: others.length > 0 && others.some((set) => !set.has(word)) });
      at = m.index + m[0].length;
    }
    if (at < text.length) pieces.push({ text: text.slice(at), differs: false });
    return pieces;
  });
}

/**
 * Rows are claim groups, columns the documents holding any member (in the order given). Each
 * cell lists that document's members with their sources; words not shared by the other cells of
 * the row are marked so that differing numbers and names stand out.
 */
export function buildMatrix(
  groups: readonly ClaimGroup[],
  spans: ReadonlyMap<string, SpanAnnotation>,
  relations: readonly Relation[],
  documentOrder: readonly string[],
): Matrix {
  const used = new Set<string>();
  for (const g of groups)
    for (const m of g.members) {
      const s = spans.get(m);
      if (s) used.add(s.documentId);
    }
  const ordered = documentOrder.filter((d) => used.has(d));
  const listed = new Set(ordered);
  const documentIds = [...ordered, ...[...used].filter((d) => !listed.has(d))];
  const sourceIds = new Map<string, string[]>();
  const members = new Set(groups.flatMap((g) => g.members));
  for (const r of relations)
    if (r.type === ATTRIBUTED_TO && members.has(r.from))
      sourceIds.set(r.from, [...(sourceIds.get(r.from) ?? []), r.to]);
  const sourcesOf = (id: string): string[] =>
    (sourceIds.get(id) ?? []).flatMap((to) => {
      const s = spans.get(to);
      return s ? [s.quote] : [];
    });
  const rows = groups.map((group) => {
    const members = group.members.map((m) => spans.get(m)).filter((s): s is SpanAnnotation => !!s);
    const perDoc = documentIds.map((d) => members.filter((s) => s.documentId === d).sort((a, b) => a.start - b.start));
    const texts = perDoc.map((list) => list.map((s) => s.quote).join(' '));
    const marked = markDifferences(texts);
    const cells = perDoc.map((list, i) => {
      // Mark per entry: split the cell's marked pieces back by entry is fiddly, so mark each entry against the other cells.
      const others = texts.filter((_, j) => j !== i);
      return list.map((span) => ({
        span,
        sources: sourcesOf(span.id),
        pieces: list.length === 1 ? marked[i]! : markDifferences([span.quote, ...others])[0]!,
      }));
    });
    return { group, cells };
  });
  return { documentIds, rows };
}
