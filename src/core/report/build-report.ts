import { classifySource } from '../assist/source-kind';
import type { CollateDocument, SpanAnnotation } from '../model';
import { splitsSurrogatePair } from '../offsets';
import type {
  BarRow,
  LeftOutSpan,
  MatrixRow,
  NamedBy,
  ReportClaim,
  ReportDiscrepancy,
  ReportDocument,
  ReportInput,
  ReportModel,
  ReportOptions,
  ReportSource,
  SourceMention,
} from './types';
import { coveredText } from '../covered-text';
import { compareGroups, type ClaimSpanInput } from '../compare/index';
import { recordedDifferences } from './recorded-differences';

const ATTRIBUTED_TO = 'attributed-to';
const CLAIM = 'Claim';
const SOURCE = 'Source';

const byPosition = (a: SpanAnnotation, b: SpanAnnotation): number =>
  a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const short = (text: string, max = 60): string => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

/** Why a span cannot be shown as it was tagged, or undefined when its text is still where it was. */
function spanProblem(document: CollateDocument, span: SpanAnnotation): string | undefined {
  if (span.orphaned) return 'its text was not found when the document was re-imported; re-attach it in Collate';
  const text = document.text;
  const pieces = span.fragments ?? [{ start: span.start, end: span.end }];
  let previousEnd = 0;
  for (const { start, end } of pieces) {
    if (
      !Number.isInteger(start) ||
      !Number.isInteger(end) ||
      start < 0 ||
      end > text.length ||
      end <= start ||
      start < previousEnd
    ) {
      return `its range ${start}–${end} does not fit the document's text (length ${text.length})`;
    }
    if (splitsSurrogatePair(text, start) || splitsSurrogatePair(text, end)) return 'its range cuts a character in half';
    previousEnd = end;
  }
  const found = coveredText(text, pieces);
  if (found !== span.quote)
    return `its text no longer matches the document: tagged “${short(span.quote)}”, the document now reads “${short(found)}”`;
  return undefined;
}

/** The words that identify a source across documents: case, spacing, a leading "the" and trailing punctuation aside. */
export function sourceKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '')
    .replace(/[\s.,;:!?'"“”‘’]+$/u, '');
}

/** Named or anonymous: the `named` attribute, else a `kind` that says it, else a guess from the words. */
function namedOf(span: SpanAnnotation): { named: boolean; namedBy: NamedBy; kind: string; kindGuessed: boolean } {
  const guess = classifySource(span.quote);
  const kind = span.attributes.kind;
  const fromKind = kind === 'anonymous person' ? false : kind === 'named person' ? true : undefined;
  const named = span.attributes.named === 'yes' ? true : span.attributes.named === 'no' ? false : fromKind;
  return {
    named: named ?? guess.named === 'yes',
    namedBy: named === undefined ? 'guess' : 'attribute',
    kind: kind ?? guess.kind,
    kindGuessed: kind === undefined,
  };
}

const outletOf = (d: CollateDocument): string => d.outlet?.trim() || d.title.trim() || d.id;

/**
 * Builds everything a comparison report shows from a workspace: the documents, a claim groups ×
 * documents matrix, every claim with the sources it is attributed to, the sources (named or
 * anonymous, how often cited, by which outlets), the discrepancies inside each claim group, and the
 * data of the charts. Spans whose text no longer matches their document are left out and listed.
 * Documents come oldest first (by `published`), undated ones last. Pure: the same input and options
 * give the same model.
 */
export function buildReport(input: ReportInput, options: ReportOptions): ReportModel {
  const warnings: string[] = [];
  const leftOut: LeftOutSpan[] = [];
  // Oldest first, so the report reads as the story went; undated documents last, in the input's order.
  const dated = (d: CollateDocument): string =>
    /^\d{4}-\d{2}-\d{2}/.test(d.published ?? '') ? d.published!.slice(0, 10) : '9999';
  const documents = input.documents
    .map((d, i) => ({ d, i }))
    .sort((a, b) => compareText(dated(a.d), dated(b.d)) || a.i - b.i)
    .map((x) => x.d);
  const keyOf = new Map(documents.map((d, i) => [d.id, `D${i + 1}`]));
  const byId = new Map(documents.map((d) => [d.id, d]));
  const spans = new Map<string, SpanAnnotation>();
  const ownerOf = new Map<string, CollateDocument>();
  const keptIn = new Map<string, SpanAnnotation[]>(documents.map((d) => [d.id, []]));
  const everySpan = new Set<string>();
  for (const list of input.spans.values()) for (const s of list) everySpan.add(s.id);

  for (const document of documents) {
    for (const span of [...(input.spans.get(document.id) ?? [])].sort(byPosition)) {
      if (spans.has(span.id)) {
        warnings.push(`Span id "${span.id}" is used twice; the second one was left out.`);
        continue;
      }
      const problem =
        span.documentId !== document.id
          ? `it is filed under "${document.title}" but names document "${span.documentId}"`
          : spanProblem(document, span);
      if (problem) {
        leftOut.push({
          spanId: span.id,
          documentKey: keyOf.get(document.id)!,
          documentTitle: document.title,
          label: span.label,
          quote: span.quote,
          reason: problem,
        });
        continue;
      }
      spans.set(span.id, span);
      ownerOf.set(span.id, document);
      keptIn.get(document.id)!.push(span);
    }
  }
  for (const id of input.spans.keys()) {
    if (!keyOf.has(id))
      warnings.push(`Spans are filed under document "${id}", which is not in the workspace; left out.`);
  }

  // Claims and sources: by label, and by the ends of attributed-to links and claim groups.
  const sourcesOf = new Map<string, SpanAnnotation[]>();
  const claimIds = new Set<string>();
  const sourceIds = new Set<string>();
  for (const s of spans.values()) {
    if (s.label === CLAIM) claimIds.add(s.id);
    else if (s.label === SOURCE) sourceIds.add(s.id);
  }
  for (const r of input.relations) {
    const missing = [r.from, r.to].filter((id) => !everySpan.has(id));
    if (missing.length > 0) {
      warnings.push(
        `Relation "${r.id}" (${r.type}) points to missing span ${missing.map((m) => `"${m}"`).join(' and ')}; left out.`,
      );
      continue;
    }
    const from = spans.get(r.from);
    const to = spans.get(r.to);
    if (r.type !== ATTRIBUTED_TO || !from || !to) continue;
    claimIds.add(from.id);
    sourceIds.add(to.id);
    const list = sourcesOf.get(from.id) ?? [];
    if (!list.some((s) => s.id === to.id)) list.push(to);
    sourcesOf.set(from.id, list);
  }
  const groups = input.claimGroups.flatMap((g) => {
    const missing = g.members.filter((m) => !everySpan.has(m));
    if (missing.length > 0)
      warnings.push(
        `Claim group "${g.statement || g.id}" lists missing span ${missing.map((m) => `"${m}"`).join(', ')}; left out of it.`,
      );
    const members = [...new Set(g.members)].filter((m) => spans.has(m));
    for (const m of members) claimIds.add(m);
    if (members.length === 0 && g.members.length > 0)
      warnings.push(`Claim group "${g.statement || g.id}" has no member left to show; left out.`);
    return members.length > 0 ? [{ ...g, members }] : [];
  });
  for (const id of claimIds) sourceIds.delete(id);

  const mention = (s: SpanAnnotation): SourceMention => {
    const { named, namedBy } = namedOf(s);
    return { spanId: s.id, text: s.quote, named, namedBy };
  };
  const groupsOf = new Map<string, string[]>();
  for (const g of groups) for (const m of g.members) groupsOf.set(m, [...(groupsOf.get(m) ?? []), g.id]);

  const claims: ReportClaim[] = [];
  const claimById = new Map<string, ReportClaim>();
  for (const document of documents) {
    for (const s of keptIn.get(document.id)!) {
      if (!claimIds.has(s.id)) continue;
      const claim: ReportClaim = {
        id: s.id,
        documentId: document.id,
        documentKey: keyOf.get(document.id)!,
        quote: s.quote,
        ...(s.attributes.certainty ? { certainty: s.attributes.certainty } : {}),
        sources: (sourcesOf.get(s.id) ?? []).map(mention),
        groups: groupsOf.get(s.id) ?? [],
      };
      claims.push(claim);
      claimById.set(s.id, claim);
    }
  }

  // The matrix and the discrepancies inside each group: the comparison's own findings where none were recorded.
  const compareInput = (c: ReportClaim): ClaimSpanInput => {
    const span = spans.get(c.id)!;
    const cited = c.sources.map((m) => spans.get(m.spanId)).filter((x) => x !== undefined);
    const source = cited[0]
      ? { start: cited[0].start, end: cited[0].end, text: c.sources.map((m) => m.text).join('; ') }
      : undefined;
    return { spanId: c.id, documentId: c.documentId, start: span.start, end: span.end, ...(source ? { source } : {}) };
  };
  const found = compareGroups(
    documents.map((d) => ({ id: d.id, text: d.text, ...(d.published ? { published: d.published } : {}) })),
    claims.map(compareInput),
    groups,
  );
  const discrepancies: ReportDiscrepancy[] = [];
  const matrix: MatrixRow[] = groups.map((g) => {
    const members = g.members.map((m) => claimById.get(m)!);
    const statement = g.statement.trim() || `“${short(members[0]!.quote)}”`;
    const side = (claimId: string, text: string) => {
      const claim = claimById.get(claimId)!;
      const source = claim.sources.map((s) => s.text).join('; ');
      const outlet = outletOf(ownerOf.get(claimId)!);
      return { claimId, documentKey: claim.documentKey, outlet, text, ...(source ? { source } : {}) };
    };
    const context = {
      groupId: g.id,
      statement,
      members: new Set(g.members),
      claimById,
      outletOf: (id: string) => outletOf(byId.get(id)!),
    };
    const differences =
      recordedDifferences(context, input.comparison ?? [], input.relations) ??
      found
        .filter((d) => d.groupId === g.id)
        .map((d): ReportDiscrepancy => ({
          groupId: g.id,
          statement,
          kind: d.kind,
          detail: d.detail,
          status: 'found',
          a: side(d.aSpanId, d.a.text),
          b: side(d.bSpanId, d.b.text),
        }));
    discrepancies.push(...differences);
    return {
      groupId: g.id,
      statement,
      cells: documents.map((d) => members.filter((c) => c.documentId === d.id)),
      discrepancies: differences.length,
    };
  });

  // Sources, merged across documents by their words.
  const bySource = new Map<
    string,
    { text: string; mentions: SpanAnnotation[]; citations: number; outlets: Set<string> }
  >();
  const entryOf = (s: SpanAnnotation) => {
    const key = sourceKey(s.quote) || s.quote;
    let entry = bySource.get(key);
    if (!entry)
      bySource.set(
        key,
        (entry = { text: s.quote.replace(/\s+/g, ' ').trim(), mentions: [], citations: 0, outlets: new Set() }),
      );
    return entry;
  };
  for (const id of [...sourceIds].sort((a, b) => compareText(a, b))) {
    const s = spans.get(id)!;
    const entry = entryOf(s);
    entry.mentions.push(s);
    entry.outlets.add(outletOf(ownerOf.get(id)!));
  }
  for (const c of claims) {
    for (const m of c.sources) {
      const s = spans.get(m.spanId)!;
      const entry = entryOf(s);
      if (!entry.mentions.includes(s)) {
        entry.mentions.push(s);
        entry.outlets.add(outletOf(ownerOf.get(s.id)!));
      }
      entry.citations++;
    }
  }
  const sources: ReportSource[] = [...bySource.values()]
    .map((e) => {
      const judged = e.mentions.map(namedOf);
      const byAttribute = judged.filter((j) => j.namedBy === 'attribute');
      const decided = byAttribute.length > 0 ? byAttribute : judged;
      const namedVotes = decided.filter((j) => j.named).length;
      const kinds = judged.filter((j) => !j.kindGuessed).map((j) => j.kind);
      const kind = kinds[0] ?? judged[0]?.kind;
      return {
        text: e.text,
        named: namedVotes * 2 >= decided.length && namedVotes > 0,
        namedBy: byAttribute.length > 0 ? ('attribute' as const) : ('guess' as const),
        ...(kind ? { kind } : {}),
        kindGuessed: kind !== undefined && kinds.length === 0,
        mentions: e.mentions.length,
        citations: e.citations,
        outlets: [...e.outlets].sort(compareText),
      };
    })
    .sort(
      (a, b) =>
        b.citations - a.citations || b.mentions - a.mentions || compareText(a.text.toLowerCase(), b.text.toLowerCase()),
    );

  const report: ReportDocument[] = documents.map((d) => ({
    id: d.id,
    key: keyOf.get(d.id)!,
    title: d.title,
    ...(d.outlet ? { outlet: d.outlet } : {}),
    ...(d.author ? { author: d.author } : {}),
    ...(d.published ? { published: d.published } : {}),
    claims: claims.filter((c) => c.documentId === d.id).length,
    sources: keptIn.get(d.id)!.filter((s) => sourceIds.has(s.id)).length,
  }));

  // Charts.
  const namedOfKey = new Map(sources.map((s) => [sourceKey(s.text) || s.text, s.named]));
  const outlets = new Map<string, { named: Set<string>; anonymous: Set<string> }>();
  for (const d of documents)
    if (!outlets.has(outletOf(d))) outlets.set(outletOf(d), { named: new Set(), anonymous: new Set() });
  for (const id of sourceIds) {
    const s = spans.get(id)!;
    const key = sourceKey(s.quote) || s.quote;
    const bucket = outlets.get(outletOf(ownerOf.get(id)!))!;
    (namedOfKey.get(key) ? bucket.named : bucket.anonymous).add(key);
  }
  const sourcesPerOutlet: BarRow[] = [...outlets].map(([label, b]) => ({
    label,
    values: [b.named.size, b.anonymous.size],
  }));
  const attributions = claims.flatMap((c) =>
    c.sources.map((m) => namedOfKey.get(sourceKey(spans.get(m.spanId)!.quote) || m.text) ?? m.named),
  );
  const namedShare: BarRow[] = [
    { label: 'Sources', values: [sources.filter((s) => s.named).length, sources.filter((s) => !s.named).length] },
    { label: 'Attributions', values: [attributions.filter(Boolean).length, attributions.filter((n) => !n).length] },
  ];
  const claimsPerDocument: BarRow[] = report.map((d) => ({
    label: `${d.key} ${d.outlet ?? d.title}`,
    values: [d.claims],
  }));

  return {
    title: options.title,
    date: options.date,
    generator: options.generator ?? 'Collate',
    documents: report,
    claims,
    matrix,
    discrepancies,
    sources,
    leftOut,
    charts: { sourcesPerOutlet, namedShare, claimsPerDocument },
    warnings,
    ...(input.team ? { team: input.team } : {}),
  };
}
