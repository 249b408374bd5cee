/**
 * Undo and redo as a command stack. A command is one user edit, done and undone through the
 * service; running commands one at a time keeps their effects in order even when the user presses
 * Ctrl+Z while a save is still under way.
 */
export interface Command {
  /** What the edit was, for the Undo/Redo buttons' titles ("Undo tag Claim"). */
  readonly name: string;
  /** Does the edit again after an undo; false when the service refused. */
  redo(): Promise<boolean>;
  undo(): Promise<boolean>;
}

export interface UndoState {
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  readonly undoName: string | null;
  readonly redoName: string | null;
}

export class UndoStack {
  private done: Command[] = [];
  private undone: Command[] = [];
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly onChange: (state: UndoState) => void = () => {},
    private readonly limit = 500,
  ) {}

  state(): UndoState {
    const last = this.done[this.done.length - 1];
    const next = this.undone[this.undone.length - 1];
    return { canUndo: !!last, canRedo: !!next, undoName: last?.name ?? null, redoName: next?.name ?? null };
  }

  /** Runs an edit (in order with the others); when it succeeds, the command it returns can be undone. */
  run(edit: () => Promise<Command | null>): Promise<Command | null> {
    const result = this.queue.then(edit).then((command) => {
      if (command) {
        this.done.push(command);
        if (this.done.length > this.limit) this.done.shift();
        this.undone = [];
        this.onChange(this.state());
      }
      return command;
    });
    this.queue = result.catch(() => null);
    return result;
  }

  undo(): Promise<boolean> {
    return this.step(this.done, this.undone, (c) => c.undo());
  }

  redo(): Promise<boolean> {
    return this.step(this.undone, this.done, (c) => c.redo());
  }

  clear(): void {
    this.done = [];
    this.undone = [];
    this.onChange(this.state());
  }

  private step(from: Command[], to: Command[], apply: (c: Command) => Promise<boolean>): Promise<boolean> {
    const result = this.queue.then(async () => {
      const command = from.pop();
      if (!command) return false;
      const ok = await apply(command).catch(() => false);
      // A step the service refused is dropped: the stack never pretends to hold a state it cannot reach.
      if (ok) to.push(command);
      this.onChange(this.state());
      return ok;
    });
    this.queue = result.catch(() => false);
    return result;
  }
}
