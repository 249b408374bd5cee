import { describe, expect, it } from 'vitest';
import { mergeValue } from './merge-json';

describe('mergeValue', () => {
  const span = { id: 's-000000000001', label: 'Claim', attributes: { certainty: 'high' } };
  it('sees two records written with their keys in another order as the same', () => {
    const reordered = { attributes: { certainty: 'high' }, label: 'Claim', id: 's-000000000001' };
    const merged = mergeValue({ spans: [] }, { spans: [span] }, { spans: [reordered] });
    expect(merged.conflicts).toEqual([]);
    expect(merged.value).toEqual({ spans: [span] });
  });
  it('takes the one side that changed a record, field by field, and keeps both of a record changed twice', () => {
    const base = { spans: [span, { ...span, id: 's-000000000002' }] };
    const ours = { spans: [{ ...span, label: 'Source' }, base.spans[1]] };
    const theirs = {
      spans: [
        { ...span, attributes: { certainty: 'low' } },
        { ...base.spans[1], label: 'Cue' },
      ],
    };
    const merged = mergeValue(base, ours, theirs) as { value: { spans: unknown[] }; conflicts: string[] };
    expect(merged.conflicts).toEqual([]);
    expect(merged.value.spans).toEqual([
      { ...span, label: 'Source', attributes: { certainty: 'low' } },
      { ...span, id: 's-000000000002', label: 'Cue' },
    ]);
    const twice = mergeValue(base, { spans: [{ ...span, label: 'Source' }] }, { spans: [{ ...span, label: 'Cue' }] });
    expect(twice.conflicts).toHaveLength(1);
    expect((twice.value as { spans: unknown[] }).spans).toHaveLength(2);
  });
});
