/**
 * The assistant's findings in a claim group (how its members differ, by kind), for the claims matrix,
 * which asks for them one group at a time. A group reads only the documents holding its members and
 * their sources (the span index says which), never every document; the sentences of a document are
 * read once; and a group's findings are kept, keyed by everything the comparison reads, so asking
 * again costs nothing until a member, its source or a document's text changes.
 */
import { compareGroups, documentSentences, type ClaimSpanInput, type DiscrepancyKind } from '../core/compare/index';
import { CollateError } from '../core/collate-error';
import type { ClaimGroup, CollateDocument, Relation, SpanAnnotation } from '../core/model';

export interface GroupFinding {
  kind: DiscrepancyKind;
  detail: string;
  a: { claimId: string; text: string };
  b: { claimId: string; text: string };
}

/** What the findings read from the workspace. */
export interface GroupFindingsContext {
  relations(): { relations: Relation[]; claimGroups: ClaimGroup[] };
  /** The document holding each span (spans not found are left out). */
  locateSpans(ids: readonly string[]): Promise<Map<string, string>>;
  /** A document's spans; none when it is no longer in the workspace. */
  spansOf(documentId: string): Promise<SpanAnnotation[]>;
  /** The hash of a document's text and its publication date, without reading the text. */
  stampOf(documentId: string): { textSha256: string; published?: string };
  document(id: string): CollateDocument;
}

/** Groups whose findings are kept, and documents whose sentences are (about 40 ranges each). */
const KEPT_GROUPS = 5000;
const KEPT_DOCUMENTS = 5000;

/** A map that forgets what was used least recently once it holds `limit` entries. */
class Recent<V> {
  private readonly entries = new Map<string, V>();
  constructor(private readonly limit: number) {}

  get(key: string): V | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  set(key: string, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.limit) this.entries.delete(this.entries.keys().next().value!);
  }
}

/** The first `attributed-to` target of each claim, as `relations.find` would give it, built once per list. */
const attributionIndex = new WeakMap<readonly Relation[], Map<string, string>>();
function attributedSources(relations: readonly Relation[]): Map<string, string> {
  let index = attributionIndex.get(relations);
  if (!index) {
    index = new Map();
    for (const r of relations) if (r.type === 'attributed-to' && !index.has(r.from)) index.set(r.from, r.to);
    attributionIndex.set(relations, index);
  }
  return index;
}

export class GroupFindings {
  private readonly found = new Recent<{ key: string; findings: GroupFinding[] }>(KEPT_GROUPS);
  private readonly sentences = new Recent<ReturnType<typeof documentSentences>>(KEPT_DOCUMENTS);
  /** The document of each span located so far: a span never moves to another document. */
  private readonly placeOf = new Recent<string>(KEPT_GROUPS * 8);

  constructor(private readonly context: GroupFindingsContext) {}

  /** How the members of a claim group differ, by kind (value, precision, date, source, attribution, hedging, contradiction). */
  async of(groupId: string): Promise<GroupFinding[]> {
    const { claimGroups, relations } = this.context.relations();
    const group = claimGroups.find((g) => g.id === groupId);
    if (!group) throw new CollateError('no-claim-group', `There is no claim group "${groupId}" in this workspace.`);
    const claims = await this.claimsOf(group.members, relations);
    const documentIds = [...new Set(claims.map((c) => c.documentId))];
    const stamps = documentIds.map((id) => ({ id, ...this.context.stampOf(id) }));
    const key = JSON.stringify([group.members, claims, stamps]);
    const kept = this.found.get(groupId);
    if (kept?.key === key) return kept.findings;
    const documents = documentIds.map((id) => {
      const d = this.context.document(id);
      return { id, text: d.text, ...(d.published ? { published: d.published } : {}) };
    });
    const sentencesOf = (document: { id: string; text: string }) => {
      const stamp = `${document.id}:${stamps.find((s) => s.id === document.id)!.textSha256}`;
      let known = this.sentences.get(stamp);
      if (!known) this.sentences.set(stamp, (known = documentSentences(document)));
      return known;
    };
    const findings = compareGroups(documents, claims, [{ id: group.id, members: group.members }], sentencesOf).map(
      (d) => ({
        kind: d.kind,
        detail: d.detail,
        a: { claimId: d.aSpanId, text: d.a.text },
        b: { claimId: d.bSpanId, text: d.b.text },
      }),
    );
    this.found.set(groupId, { key, findings });
    return findings;
  }

  /** The group's claims with the sources they are attributed to, as the comparison reads them. */
  private async claimsOf(members: readonly string[], relations: readonly Relation[]): Promise<ClaimSpanInput[]> {
    const sourceOf = attributedSources(relations);
    const wanted = [...members, ...members.flatMap((id) => sourceOf.get(id) ?? [])];
    const unknown = wanted.filter((id) => this.placeOf.get(id) === undefined);
    if (unknown.length > 0) for (const [id, d] of await this.context.locateSpans(unknown)) this.placeOf.set(id, d);
    const documentIds = new Set(wanted.flatMap((id) => this.placeOf.get(id) ?? []));
    const spans = new Map<string, SpanAnnotation>();
    for (const documentId of documentIds) for (const s of await this.context.spansOf(documentId)) spans.set(s.id, s);
    return members.flatMap((id) => {
      const claim = spans.get(id);
      if (!claim || claim.orphaned) return [];
      const sourceId = sourceOf.get(id);
      const source = sourceId ? spans.get(sourceId) : undefined;
      return [
        {
          spanId: claim.id,
          documentId: claim.documentId,
          start: claim.start,
          end: claim.end,
          ...(source ? { source: { start: source.start, end: source.end, text: source.quote } } : {}),
        },
      ];
    });
  }
}
