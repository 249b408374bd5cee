import { describe, expect, it } from 'vitest';
import { fail, ok } from '../../../core/result';
import { fakeContext, fakeService } from './fake-service';

describe('the action context', () => {
  it('counts writes under way and keeps the last failure until a later write succeeds', async () => {
    const ctx = fakeContext(fakeService());
    let release!: () => void;
    const slow = ctx.write<number>(() => new Promise((resolve) => (release = () => resolve(ok(1)))));
    expect(ctx.store.get().pendingWrites).toBe(1);
    await ctx.write(async () => fail('disk', 'disk full'));
    expect(ctx.store.get().saveError).toBe('disk full');
    release();
    await slow;
    expect(ctx.store.get()).toMatchObject({ pendingWrites: 0, saveError: null });
  });

  it('tells the user what failed, and keeps the last five alerts', async () => {
    const ctx = fakeContext(fakeService());
    expect(await ctx.must('Could not save', async () => fail('x', 'no space'))).toBeNull();
    expect(ctx.store.get().alerts.map((a) => a.message)).toEqual(['Could not save: no space']);
    for (let i = 0; i < 6; i++) ctx.alert(`alert ${i}`);
    const alerts = ctx.store.get().alerts;
    expect(alerts.map((a) => a.message)).toEqual(['alert 1', 'alert 2', 'alert 3', 'alert 4', 'alert 5']);
    expect(new Set(alerts.map((a) => a.id)).size).toBe(5);
    ctx.alert('alert 2');
    expect(ctx.store.get().alerts.map((a) => a.message)).toEqual([
      'alert 1',
      'alert 3',
      'alert 4',
      'alert 5',
      'alert 2',
    ]);
  });
});
