import { describe, expect, it } from 'vitest';
import { OPTIONS, reportInput } from './__fixtures__/report-input';
import { buildReport } from './build-report';
import { renderReportHtml } from './render-html';
import { renderReportMarkdown } from './render-markdown';
import type { RecordedDifference, ReportInput } from './types';

const ledger = { documentId: 'd-ledger', spanId: 'l-claim', text: 'About 10,000 troops', source: 'U.S. officials' };
const harbour = { documentId: 'd-harbour', spanId: 'h-claim', text: '11,000 troops' };

function input(comparison: RecordedDifference[], contradicts = false): ReportInput {
  const base = reportInput();
  const marked = {
    id: 'r-marked',
    type: 'contradicts',
    from: 'h-claim',
    to: 'x-claim',
    author: 'ana',
    created: '2024-11-13T08:00:00.000Z',
  };
  return { ...base, relations: contradicts ? [...base.relations, marked] : base.relations, comparison };
}

describe('the report’s comparison section with a recorded comparison', () => {
  it('states the accepted and proposed discrepancies of a group, leaves the rejected out, and adds marked contradictions', () => {
    const model = buildReport(
      input(
        [
          { kind: 'value', detail: '10,000 vs 11,000 troops', status: 'accepted', a: ledger, b: harbour },
          { kind: 'date', detail: 'yesterday vs Monday', status: 'rejected', a: ledger, b: harbour },
          { kind: 'precision', detail: 'one is approximate', status: 'proposed', a: ledger, b: harbour },
        ],
        true,
      ),
      OPTIONS,
    );
    expect(model.discrepancies.map((d) => [d.kind, d.status, d.a.claimId, d.b.claimId])).toEqual([
      ['value', 'accepted', 'l-claim', 'h-claim'],
      ['precision', 'proposed', 'l-claim', 'h-claim'],
      ['contradiction', 'marked', 'h-claim', 'x-claim'],
    ]);
    expect(model.matrix[0]!.discrepancies).toBe(3);
    const [value] = model.discrepancies;
    expect(value!.a).toEqual({
      claimId: 'l-claim',
      documentKey: 'D1',
      outlet: 'The Northern Ledger',
      text: 'About 10,000 troops',
      source: 'U.S. officials',
    });
    expect(value!.b).toMatchObject({
      documentKey: 'D2',
      outlet: 'Harbour Times | <i>Daily</i>',
      source: 'the defence ministry',
    });

    const page = renderReportHtml(model);
    expect(page).toContain(
      '<td><span class="tag diff">value</span> <span class="small">accepted by the analyst</span></td><td><strong>D1</strong> <span class="small">The Northern Ledger</span> <span class="quote">About 10,000 troops</span><br><span class="small">Source: U.S. officials</span></td>',
    );
    expect(page).toContain(
      '<span class="tag diff">precision</span> <span class="small">proposed, not yet checked</span>',
    );
    expect(page).toContain(
      '<span class="tag diff">contradiction</span> <span class="small">marked by the analyst</span>',
    );
    expect(page).not.toContain('yesterday vs Monday');
    expect(page).toContain('still a proposal not yet checked');
    const md = renderReportMarkdown(model);
    expect(md).toContain(
      '| value (accepted by the analyst) | D1 (The Northern Ledger): “About 10,000 troops” — source: U.S. officials | D2 (Harbour Times \\| \\<i\\>Daily\\</i\\>): “11,000 troops” — source: the defence ministry | 10,000 vs 11,000 troops |',
    );
  });

  it('a contradiction the analyst marked shows even without a recorded comparison', () => {
    const model = buildReport(input([], true), OPTIONS);
    expect(model.discrepancies.map((d) => [d.kind, d.status])).toEqual([['contradiction', 'marked']]);
  });

  it('without a recorded comparison or marks, the report compares the group itself', () => {
    const model = buildReport(input([]), OPTIONS);
    expect(model.discrepancies.length).toBeGreaterThan(0);
    expect(new Set(model.discrepancies.map((d) => d.status))).toEqual(new Set(['found']));
    expect(renderReportHtml(model)).not.toContain('still a proposal not yet checked');
  });
});
