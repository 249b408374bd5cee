import { describe, expect, it } from 'vitest';
import type { SpanAnnotation } from '../../../core/model';
import { createCurationActions } from './curation';
import { fakeContext, fakeService, span } from './fake-service';
import { createLoading } from './loading';

const by = (author: string, s: SpanAnnotation): SpanAnnotation => ({ ...s, author });

function setUp() {
  const service = fakeService({
    getDocument: () => ({ id: 'd1', title: 'Floods', text: 'x'.repeat(100) }),
  });
  service.spans.set('d1', [
    by('ana', span('s-a1', 'd1', 0, 10)),
    by('ben', span('s-b1', 'd1', 0, 10)),
    by('ana', span('s-a2', 'd1', 20, 30, 'Source')),
    by('ben', span('s-b2', 'd1', 20, 30, 'Cue')),
    by('ana', span('s-a3', 'd1', 40, 50, 'Source')),
    by('ben', span('s-b4', 'd1', 60, 70, 'Claim')),
  ]);
  const ctx = fakeContext(service);
  const curation = createCurationActions(ctx, createLoading(ctx));
  const curated = (): string[] =>
    (ctx.store.get().annotations.d1 ?? []).filter((s) => s.layer === 'curated').map((s) => `${s.label}@${s.start}`);
  return { service, ctx, curation, curated };
}

describe('curation actions', () => {
  it('opens with agreements merged, settles by side and moves to the next open disagreement', async () => {
    const { ctx, curation, curated } = setUp();
    await curation.openCuration('d1');
    const view = () => ctx.store.get().curation!;
    expect(ctx.store.get().view).toBe('curation');
    expect(view().state.disagreements.map((d) => d.start)).toEqual([20, 40, 60]);
    expect(view().focus).toBe(0);
    expect(curated()).toEqual(['Claim@0']);

    await curation.takeSide(1);
    expect(curated()).toEqual(['Claim@0', 'Cue@20']);
    expect(view().focus).toBe(1);
    await curation.rejectDisagreement();
    expect(view().focus).toBe(2);
    curation.stepDisagreement(-1);
    curation.stepDisagreement(-1);
    expect(view().focus).toBe(0);
    await curation.takeAllSides();
    expect(curated()).toEqual(['Claim@0', 'Source@20', 'Cue@20']);
    expect(view().focus).toBe(2);
    await curation.takeSide(1);
    expect(view().state.resolved).toBe(3);
    expect(curated()).toEqual(['Claim@0', 'Source@20', 'Cue@20', 'Claim@60']);
  });

  it('says so when a side does not exist, and leaves the workspace alone', async () => {
    const { ctx, curation, service } = setUp();
    await curation.openCuration('d1');
    await curation.takeSide(2);
    expect(ctx.store.get().alerts.map((a) => a.message)).toEqual(['This disagreement has 2 sides.']);
    expect(service.calls).not.toContain('settleDisagreement');
  });

  it('undoes and redoes one decision at a time, back to the decision before or to open', async () => {
    const { ctx, curation, curated } = setUp();
    await curation.openCuration('d1');
    const view = () => ctx.store.get().curation!;
    await curation.takeSide(0);
    curation.focusDisagreement(0);
    await curation.takeSide(1);
    expect(curated()).toEqual(['Claim@0', 'Cue@20']);
    expect(ctx.store.get().undo.undoName).toBe('take ben');

    expect(await ctx.history.undo()).toBe(true);
    expect(curated()).toEqual(['Claim@0', 'Source@20']);
    expect(view().state.disagreements[0]!.decision?.take).toEqual([0]);
    expect(view().focus).toBe(0);
    expect(await ctx.history.undo()).toBe(true);
    expect(curated()).toEqual(['Claim@0']);
    expect(view().state.disagreements[0]!.decision).toBeUndefined();
    expect(view().state.resolved).toBe(0);

    expect(await ctx.history.redo()).toBe(true);
    expect(await ctx.history.redo()).toBe(true);
    expect(curated()).toEqual(['Claim@0', 'Cue@20']);
    expect(view().state.resolved).toBe(1);
  });
});
