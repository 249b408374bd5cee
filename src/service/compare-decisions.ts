/**
 * The analyst's decisions on recorded comparison proposals. Accepting a group makes it a claim
 * group (its members' Claim spans re-created where deleted since); accepting a contradiction links
 * its two sides with `contradicts`. Rejecting records the decision and changes nothing else.
 */
import type { CompareProposals } from '../api/contract';
import { CollateError } from '../core/collate-error';
import type { ClaimGroup, Relation, SpanAnnotation } from '../core/model';
import type { AssistContext } from './workspace-assist';
import { openProposals } from './workspace-compare';

export interface DecisionContext extends AssistContext {
  saveClaimGroup(request: { statement: string; members: string[] }): Promise<ClaimGroup>;
}

export interface DecisionRequest {
  kind: 'group' | 'discrepancy';
  id: string;
  decision: 'accept' | 'reject' | 'reopen';
}

export interface Decision {
  proposals: CompareProposals;
  claimGroup?: ClaimGroup;
  relation?: Relation;
  spans: SpanAnnotation[];
}

export const CONTRADICTS = 'contradicts';

const STATUS = { accept: 'accepted', reject: 'rejected', reopen: 'proposed' } as const;

/** The recorded proposals, or none before the first recorded comparison. */
export async function listProposals(root: string): Promise<CompareProposals> {
  return (await openProposals(root)).data;
}

type GroupProposal = CompareProposals['groups'][number];

/** The group's member spans: each still there, or re-created at its recorded place. */
async function memberSpans(context: AssistContext, proposal: GroupProposal): Promise<SpanAnnotation[]> {
  const out: SpanAnnotation[] = [];
  for (const [i, id] of proposal.members.entries()) {
    const place = proposal.places?.[i];
    const spans = place ? await context.spansOf(place.documentId) : [];
    const found =
      spans.find((s) => s.id === id) ??
      spans.find((s) => s.label === 'Claim' && s.start === place?.start && s.end === place.end && !s.orphaned);
    if (found) out.push(found);
    else if (place && context.document(place.documentId).text.slice(place.start, place.end) === place.text) {
      out.push(
        await context.createSpan({ documentId: place.documentId, label: 'Claim', start: place.start, end: place.end }),
      );
    } else {
      throw new CollateError(
        'stale-proposal',
        `A member of the proposed group "${proposal.id}" is no longer in its article; run the comparison again.`,
      );
    }
  }
  return out;
}

/** Accepts or rejects one recorded group or discrepancy; an unknown id is refused. */
export async function decideProposal(
  context: DecisionContext,
  root: string,
  request: DecisionRequest,
): Promise<Decision> {
  const store = await openProposals(root);
  const status = STATUS[request.decision];
  const result: Decision = { proposals: store.data, spans: [] };
  if (request.kind === 'group') {
    const proposal = store.data.groups.find((g) => g.id === request.id);
    if (!proposal)
      throw new CollateError('no-proposal', `There is no proposed group "${request.id}"; run the comparison again.`);
    let claimGroupId = proposal.claimGroupId;
    const existing = context.relations().claimGroups.find((g) => g.id === claimGroupId);
    if (status === 'accepted' && !existing) {
      const before = new Set(proposal.members);
      const spans = await memberSpans(context, proposal);
      result.spans = spans.filter((s) => !before.has(s.id));
      const first = proposal.places?.[0]?.text ?? spans[0]!.quote;
      result.claimGroup = await context.saveClaimGroup({ statement: first, members: spans.map((s) => s.id) });
      claimGroupId = result.claimGroup.id;
      const renamed = new Map(proposal.members.map((id, i) => [id, spans[i]!.id]));
      await store.update((data) => ({
        next: {
          groups: data.groups.map((g) =>
            g.id === proposal.id ? { ...g, members: spans.map((s) => s.id), status, claimGroupId } : g,
          ),
          discrepancies: data.discrepancies.map((d) =>
            d.groupId === proposal.id
              ? {
                  ...d,
                  a: { ...d.a, spanId: renamed.get(d.a.spanId ?? '') ?? d.a.spanId },
                  b: { ...d.b, spanId: renamed.get(d.b.spanId ?? '') ?? d.b.spanId },
                }
              : d,
          ),
        },
        result: undefined,
      }));
    } else {
      await store.update((data) => ({
        next: {
          ...data,
          groups: data.groups.map((g) => {
            if (g.id !== proposal.id) return g;
            // Reopened: the claim group it made is the UI's to delete (its undo does), and no longer this one's.
            const { claimGroupId: _made, ...rest } = g;
            return status === 'proposed' ? { ...rest, status } : { ...g, status };
          }),
        },
        result: undefined,
      }));
    }
  } else {
    const proposal = store.data.discrepancies.find((d) => d.id === request.id);
    if (!proposal)
      throw new CollateError(
        'no-proposal',
        `There is no proposed discrepancy "${request.id}"; run the comparison again.`,
      );
    if (status === 'accepted' && proposal.kind === 'contradiction' && proposal.a.spanId && proposal.b.spanId) {
      result.relation = await context.createRelation({
        type: CONTRADICTS,
        from: proposal.a.spanId,
        to: proposal.b.spanId,
      });
    }
    await store.update((data) => ({
      next: { ...data, discrepancies: data.discrepancies.map((d) => (d.id === proposal.id ? { ...d, status } : d)) },
      result: undefined,
    }));
  }
  store.flushSync();
  result.proposals = store.data;
  return result;
}
