import { describe, expect, it } from 'vitest';
import { mergeWorkspaceFile } from './merge-workspace-file';

const span = (id: string, label: string, extra: Record<string, unknown> = {}) => ({
  id,
  documentId: 'd-000000000000',
  label,
  start: 0,
  end: 4,
  quote: 'Four',
  prefix: '',
  suffix: '',
  attributes: {},
  author: 'ana',
  created: 't0',
  modified: 't0',
  ...extra,
});
const file = (seq: number, spans: unknown[]) => ({
  $collate: 'annotations',
  $version: 2,
  $seq: seq,
  documentId: 'd',
  spans,
});
const A = 's-aaaaaaaaaaaa';
const B = 's-bbbbbbbbbbbb';
const C = 's-cccccccccccc';

describe('mergeWorkspaceFile', () => {
  it('unites spans added on each side and takes the larger $seq', () => {
    const merged = mergeWorkspaceFile(
      file(1, [span(A, 'Claim')]),
      file(3, [span(A, 'Claim'), span(B, 'Source')]),
      file(2, [span(A, 'Claim'), span(C, 'Cue')]),
    );
    expect(merged.ok && merged.value.value).toMatchObject({ $seq: 3, spans: [{ id: A }, { id: B }, { id: C }] });
    expect(merged.ok && merged.value.conflicts).toEqual([]);
  });

  it('takes a change made on one side, a deletion too, and merges different fields of one span', () => {
    const base = file(1, [span(A, 'Claim'), span(B, 'Claim')]);
    const ours = file(2, [span(A, 'Source', { modified: 't1' })]);
    const theirs = file(2, [span(A, 'Claim', { note: 'check', modified: 't2' }), span(B, 'Claim')]);
    const merged = mergeWorkspaceFile(base, ours, theirs);
    expect(merged.ok && merged.value.value.spans).toEqual([span(A, 'Source', { note: 'check', modified: 't2' })]);
  });

  it('keeps both versions of a span changed differently on both sides, each naming the other', () => {
    const merged = mergeWorkspaceFile(
      file(1, [span(A, 'Claim')]),
      file(2, [span(A, 'Source')]),
      file(2, [span(A, 'Cue')]),
    );
    if (!merged.ok) throw new Error(merged.error.message);
    const [mine, copy] = merged.value.value.spans as Array<{ id: string; label: string; conflict: { with: string } }>;
    expect([mine!.id, mine!.label, copy!.label]).toEqual([A, 'Source', 'Cue']);
    expect(copy!.id).toMatch(/^s-[0-9a-hjkmnp-tv-z]{12}$/);
    expect([mine!.conflict.with, copy!.conflict.with]).toEqual([copy!.id, A]);
    expect(merged.value.conflicts).toHaveLength(1);
    const again = mergeWorkspaceFile(
      file(1, [span(A, 'Claim')]),
      file(2, [span(A, 'Source')]),
      file(2, [span(A, 'Cue')]),
    );
    expect(again.ok && (again.value.value.spans as Array<{ id: string }>)[1]!.id).toBe(copy!.id);
  });

  it('never drops a span deleted on one side and changed on the other', () => {
    const merged = mergeWorkspaceFile(file(1, [span(A, 'Claim')]), file(2, []), file(2, [span(A, 'Cue')]));
    expect(merged.ok && merged.value.value.spans).toEqual([span(A, 'Cue')]);
  });

  it('unites schema labels by name and notes a conflicting definition, keeping ours', () => {
    const label = (name: string, colour: string) => ({ name, colour, attributes: [] });
    const manifest = (labels: unknown[]) => ({
      $collate: 'workspace',
      $version: 2,
      $seq: 1,
      name: 'w',
      created: 't',
      schema: { labels, relationTypes: [] },
    });
    const merged = mergeWorkspaceFile(
      manifest([label('Claim', '#000000')]),
      manifest([label('Claim', '#111111'), label('Event', '#222222')]),
      manifest([label('Claim', '#333333'), label('Quote', '#444444')]),
    );
    if (!merged.ok) throw new Error(merged.error.message);
    expect(merged.value.value.schema).toEqual({
      labels: [label('Claim', '#111111'), label('Event', '#222222'), label('Quote', '#444444')],
      relationTypes: [],
    });
    expect(merged.value.value.conflicts).toEqual([expect.stringContaining('schema.labels[Claim]')]);
  });

  it('refuses two different kinds of file', () => {
    const merged = mergeWorkspaceFile(null, file(1, []), { $collate: 'relations', $version: 2 });
    expect(merged.ok).toBe(false);
  });
});
