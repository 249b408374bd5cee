/**
 * Across articles: propose groups of claims that report the same thing, and say how the members
 * differ (value, precision, time, source).
 */
import { extractDates, extractQuantities, interval, type DateMention, type Quantity } from './quantities';

export interface ClaimInput {
  id: string;
  documentId: string;
  text: string;
  /** The text of the source the claim is attributed to, if any. */
  sourceText?: string;
}

export interface ClaimGroupProposal {
  members: string[];
  score: number;
  reason: string;
}

const STOP = new Set(
  (
    'a an the and or but of in on at to for from by with about as into over after before than that this these those ' +
    'is are was were be been being has have had do does did will would can could may might must should shall it its ' +
    'he she they them his her their we our you your i me my who whom which what when where why how not no nor so ' +
    'there here also more most less many much some any all each every other such only own same very just than then ' +
    'said says say told according reported added noted claimed announced stated one two three per cent percent about ' +
    'up down out off again further once while during since until because if whether both either neither'
  ).split(/\s+/),
);

function stem(w: string): string {
  return w
    .replace(/(?:ies|ied)$/, 'y')
    .replace(/(?:ing|ed|es|s)$/, '')
    .replace(/’s$|'s$/, '');
}

export function contentWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of text.toLowerCase().match(/[\p{L}][\p{L}'’-]*/gu) ?? []) {
    if (w.length < 3 || STOP.has(w)) continue;
    out.add(stem(w));
  }
  return out;
}

/** Capitalised words that are not sentence-initial: a cheap stand-in for named entities. */
export function namedEntities(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/(?<=[^.!?“"]\s)(\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+)*)/gu)) {
    for (const w of m[1]!.split(/\s+/)) if (!STOP.has(w.toLowerCase())) out.add(w.toLowerCase().replace(/[’']s$/, ''));
  }
  return out;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / (a.size + b.size - shared);
}

function shared(a: Set<string>, b: Set<string>): string[] {
  return [...a].filter((x) => b.has(x));
}

interface Profile {
  claim: ClaimInput;
  words: Set<string>;
  entities: Set<string>;
  units: Set<string>;
  numbers: Quantity[];
  source: Set<string>;
}

function profile(claim: ClaimInput): Profile {
  const numbers = extractQuantities(claim.text);
  return {
    claim,
    words: contentWords(claim.text),
    entities: namedEntities(` ${claim.text}`),
    units: new Set(numbers.map((q) => q.unit).filter((u): u is string => u !== undefined)),
    numbers,
    source: contentWords(claim.sourceText ?? ''),
  };
}

function similarity(a: Profile, b: Profile): { score: number; reason: string } {
  const words = jaccard(a.words, b.words);
  const entities = jaccard(a.entities, b.entities);
  const units = jaccard(a.units, b.units);
  const closeNumbers = a.numbers.some((x) =>
    b.numbers.some(
      (y) =>
        (x.unit === y.unit || !x.unit || !y.unit) && Math.abs(x.value - y.value) <= 0.25 * Math.max(x.value, y.value),
    ),
  );
  const source = a.source.size && b.source.size ? jaccard(a.source, b.source) : 0;
  const score = Math.min(1, 0.55 * words + 0.2 * entities + 0.1 * units + (closeNumbers ? 0.1 : 0) + 0.05 * source);
  const parts: string[] = [];
  const sw = shared(a.words, b.words).slice(0, 6);
  if (sw.length) parts.push(`words: ${sw.join(', ')}`);
  const se = shared(a.entities, b.entities).slice(0, 4);
  if (se.length) parts.push(`names: ${se.join(', ')}`);
  const su = shared(a.units, b.units);
  if (su.length) parts.push(`quantities of: ${su.join(', ')}`);
  if (closeNumbers) parts.push('close figures');
  if (source > 0) parts.push(`same source words: ${shared(a.source, b.source).slice(0, 3).join(', ')}`);
  return { score, reason: parts.join('; ') };
}

/**
 * Proposes groups of claims from different documents that report the same thing. Each group holds
 * at most one claim per document; pairs are merged strongest first (single linkage above `threshold`).
 */
export function proposeClaimGroups(claims: ClaimInput[], threshold = 0.22): ClaimGroupProposal[] {
  const profiles = claims.map(profile);
  const edges: Array<{ i: number; j: number; score: number; reason: string }> = [];
  for (let i = 0; i < profiles.length; i++)
    for (let j = i + 1; j < profiles.length; j++) {
      if (claims[i]!.documentId === claims[j]!.documentId) continue;
      const s = similarity(profiles[i]!, profiles[j]!);
      if (s.score >= threshold) edges.push({ i, j, ...s });
    }
  edges.sort((a, b) => b.score - a.score || a.i - b.i || a.j - b.j);
  const groupOf = claims.map((_, i) => i);
  const members = new Map<number, number[]>(claims.map((_, i) => [i, [i]]));
  const find = (i: number): number => (groupOf[i] === i ? i : (groupOf[i] = find(groupOf[i]!)));
  const groupEdges = new Map<number, typeof edges>();
  for (const e of edges) {
    const a = find(e.i);
    const b = find(e.j);
    if (a === b) {
      groupEdges.get(a)!.push(e);
      continue;
    }
    const ma = members.get(a)!;
    const mb = members.get(b)!;
    const docs = new Set(ma.map((k) => claims[k]!.documentId));
    if (mb.some((k) => docs.has(claims[k]!.documentId))) continue;
    groupOf[b] = a;
    members.set(a, [...ma, ...mb]);
    members.delete(b);
    groupEdges.set(a, [...(groupEdges.get(a) ?? []), ...(groupEdges.get(b) ?? []), e]);
    groupEdges.delete(b);
  }
  const out: ClaimGroupProposal[] = [];
  for (const [root, m] of members) {
    if (m.length < 2) continue;
    const es = groupEdges.get(root) ?? [];
    const score = Math.round((es.reduce((x, e) => x + e.score, 0) / Math.max(1, es.length)) * 100) / 100;
    const best = [...es].sort((x, y) => y.score - x.score)[0];
    out.push({ members: m.map((k) => claims[k]!.id), score, reason: best?.reason ?? '' });
  }
  return out.sort((a, b) => b.score - a.score);
}

export type DiscrepancyKind = 'different value' | 'different precision' | 'different time' | 'different source';

export interface GroupMember extends ClaimInput {
  /** The member's document's publication date (YYYY-MM-DD), for resolving "yesterday", "last month". */
  published?: string;
}

export interface Discrepancy {
  kind: DiscrepancyKind;
  a: { claimId: string; text: string; normalised?: string };
  b: { claimId: string; text: string; normalised?: string };
  detail: string;
}

function describe(q: Quantity): string {
  const v = q.high !== undefined ? `${q.value}–${q.high}` : String(q.value);
  const p = q.precision === 'exact' || q.precision === 'range' ? '' : `${q.precision} `;
  return `${p}${v}${q.unit ? ` ${q.unit}` : ''}`;
}

function comparable(x: Quantity, y: Quantity, xs: Quantity[], ys: Quantity[]): boolean {
  if (x.unit && y.unit) return x.unit === y.unit;
  // Without units, compare only when each side has a single figure.
  return xs.length === 1 && ys.length === 1;
}

function compareQuantities(x: Quantity, y: Quantity): DiscrepancyKind | undefined {
  if (x.value === y.value && (x.high ?? x.value) === (y.high ?? y.value) && x.precision === y.precision)
    return undefined;
  const [xl, xh] = interval(x);
  const [yl, yh] = interval(y);
  const overlap = xl <= yh && yl <= xh;
  if (x.precision === 'exact' && y.precision === 'exact') return 'different value';
  if (!overlap) return 'different value';
  return x.precision !== y.precision || x.value !== y.value ? 'different precision' : undefined;
}

function datesDiffer(x: DateMention, y: DateMention): boolean {
  if (!x.value || !y.value) return false;
  const n = Math.min(x.value.length, y.value.length);
  if (x.granularity === 'week' || y.granularity === 'week') {
    const dx = Date.parse(x.value.length === 10 ? x.value : `${x.value}-01`.slice(0, 10));
    const dy = Date.parse(y.value.length === 10 ? y.value : `${y.value}-01`.slice(0, 10));
    return Math.abs(dx - dy) > 7 * 86_400_000;
  }
  return x.value.slice(0, n) !== y.value.slice(0, n);
}

/**
 * Compares the members of one claim group pairwise and reports how they differ: a different
 * figure, the same figure at a different precision ("about 10,000" vs "11,000"), a different
 * time (dates resolved against each document's publication date), or a different cited source.
 */
export function findDiscrepancies(members: GroupMember[]): Discrepancy[] {
  const data = members.map((m) => ({
    m,
    qs: extractQuantities(m.text),
    ds: extractDates(m.text, m.published),
    src: contentWords(m.sourceText ?? ''),
  }));
  const out: Discrepancy[] = [];
  for (let i = 0; i < data.length; i++)
    for (let j = i + 1; j < data.length; j++) {
      const A = data[i]!;
      const B = data[j]!;
      const usedB = new Set<number>();
      for (const x of A.qs) {
        const k = B.qs.findIndex((y, idx) => !usedB.has(idx) && comparable(x, y, A.qs, B.qs));
        if (k < 0) continue;
        usedB.add(k);
        const y = B.qs[k]!;
        const kind = compareQuantities(x, y);
        if (kind)
          out.push({
            kind,
            a: { claimId: A.m.id, text: x.text, normalised: describe(x) },
            b: { claimId: B.m.id, text: y.text, normalised: describe(y) },
            detail: `${describe(x)} vs ${describe(y)}`,
          });
      }
      const dx = A.ds.find((d) => d.value);
      const dy = B.ds.find((d) => d.value);
      if (dx && dy && datesDiffer(dx, dy))
        out.push({
          kind: 'different time',
          a: { claimId: A.m.id, text: dx.text, normalised: dx.value },
          b: { claimId: B.m.id, text: dy.text, normalised: dy.value },
          detail: `${dx.value} vs ${dy.value}`,
        });
      if (
        A.m.sourceText &&
        B.m.sourceText &&
        jaccard(A.src, B.src) === 0 &&
        A.m.sourceText.trim().toLowerCase() !== B.m.sourceText.trim().toLowerCase()
      )
        out.push({
          kind: 'different source',
          a: { claimId: A.m.id, text: A.m.sourceText },
          b: { claimId: B.m.id, text: B.m.sourceText },
          detail: `${A.m.sourceText} vs ${B.m.sourceText}`,
        });
    }
  return out;
}
