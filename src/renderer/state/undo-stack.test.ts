import { describe, expect, it } from 'vitest';
import { UndoStack, type Command } from './undo-stack';

function counter() {
  const log: string[] = [];
  let value = 0;
  const add = (n: number): Command => ({
    name: `add ${n}`,
    redo: async () => ((value += n), log.push(`redo ${n}`), true),
    undo: async () => ((value -= n), log.push(`undo ${n}`), true),
  });
  return {
    log,
    add,
    get value() {
      return value;
    },
    apply: (n: number) => async () => ((value += n), add(n)),
  };
}

describe('UndoStack', () => {
  it('undoes and redoes in order, and a new edit drops the redo branch', async () => {
    const c = counter();
    const states: boolean[] = [];
    const stack = new UndoStack((s) => states.push(s.canUndo));
    await stack.run(c.apply(1));
    await stack.run(c.apply(2));
    expect(c.value).toBe(3);
    expect(stack.state().undoName).toBe('add 2');
    await stack.undo();
    await stack.undo();
    expect(c.value).toBe(0);
    expect(await stack.undo()).toBe(false);
    await stack.redo();
    expect(c.value).toBe(1);
    await stack.run(c.apply(5));
    expect(stack.state().canRedo).toBe(false);
    expect(c.value).toBe(6);
    expect(states.length).toBeGreaterThan(0);
  });

  it('runs steps one at a time even when called together', async () => {
    const c = counter();
    const stack = new UndoStack();
    void stack.run(c.apply(1));
    void stack.run(c.apply(2));
    void stack.undo();
    await stack.undo();
    expect(c.value).toBe(0);
    expect(c.log).toEqual(['undo 2', 'undo 1']);
  });

  it('drops a step the service refused, and keeps no failed edit', async () => {
    const stack = new UndoStack();
    await stack.run(async () => null);
    expect(stack.state().canUndo).toBe(false);
    await stack.run(async () => ({ name: 'x', redo: async () => true, undo: async () => false }));
    expect(await stack.undo()).toBe(false);
    expect(stack.state()).toMatchObject({ canUndo: false, canRedo: false });
  });
});
