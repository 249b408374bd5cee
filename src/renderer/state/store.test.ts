import { describe, expect, it } from 'vitest';
import { createStore } from './store';

function manualFrames(): { later: (then: () => void) => void; paint: () => void } {
  const queued: Array<() => void> = [];
  return { later: (then) => queued.push(then), paint: () => queued.splice(0).forEach((then) => then()) };
}

describe('store', () => {
  it('tells its listeners of each change, and not of an update that changes nothing', () => {
    const store = createStore({ n: 0 });
    let heard = 0;
    store.subscribe(() => heard++);
    store.set((s) => ({ n: s.n + 1 }));
    store.set((s) => s);
    expect([store.get().n, heard]).toEqual([1, 1]);
  });

  it('holds changes back from the listeners until the frame is painted, then tells them once', () => {
    const frames = manualFrames();
    const store = createStore({ n: 0 }, frames.later);
    let heard = 0;
    store.subscribe(() => heard++);
    store.holdUntilPainted();
    store.holdUntilPainted();
    store.set((s) => ({ n: s.n + 1 }));
    store.set((s) => ({ n: s.n + 1 }));
    expect([store.get().n, heard]).toEqual([2, 0]);
    frames.paint();
    expect(heard).toBe(1);
    store.set((s) => ({ n: s.n + 1 }));
    expect(heard).toBe(2);
  });

  it('tells nobody after the frame when nothing changed while holding', () => {
    const frames = manualFrames();
    const store = createStore({ n: 0 }, frames.later);
    let heard = 0;
    store.subscribe(() => heard++);
    store.holdUntilPainted();
    frames.paint();
    expect(heard).toBe(0);
  });
});
