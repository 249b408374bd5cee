import { CollateError } from '../core/collate-error';
import { methods, type LockHolder, type Method } from './contract';
import type { Handlers } from './handlers';
import { workspaceHandlers, type WorkspaceOperations } from './workspace-handlers';

/** Thrown when Collate on another computer holds the workspace's lock: says who, for the shells to ask. */
export class WorkspaceLockedElsewhere extends CollateError {
  constructor(
    readonly holder: LockHolder,
    message: string,
  ) {
    super('workspace-locked-elsewhere', message);
  }
}

/**
 * How a shell (browser shell, desktop window) holds its workspace: open, or waiting because another
 * computer holds its lock. While it waits, every method fails with the lock's message except
 * `lockHolder` (who holds it) and `takeOverLock`, which opens the workspace taking the lock over, as
 * the user asked in the page. `handlers` stays the same object throughout.
 */
export class WorkspaceGate<W extends WorkspaceOperations> {
  private opened: W | null = null;
  private openedHandlers: Handlers | null = null;
  private waiting: WorkspaceLockedElsewhere | null = null;
  private opening: Promise<W> | null = null;
  readonly handlers: Handlers;

  private constructor(private readonly open: (takeOverLock: boolean) => Promise<W>) {
    const entries = methods.map((method) => [
      method,
      (args: never) => (this.current()[method] as (args: never) => Promise<unknown>)(args),
    ]);
    this.handlers = Object.fromEntries(entries) as Handlers;
  }

  /** Opens the workspace; a lock held elsewhere leaves the gate waiting, any other failure is thrown. */
  static async open<W extends WorkspaceOperations>(
    open: (takeOverLock: boolean) => Promise<W>,
  ): Promise<WorkspaceGate<W>> {
    const gate = new WorkspaceGate(open);
    try {
      gate.opened = await open(false);
      gate.openedHandlers = workspaceHandlers(gate.opened);
    } catch (error) {
      if (!(error instanceof WorkspaceLockedElsewhere)) throw error;
      gate.waiting = error;
    }
    return gate;
  }

  /** The open workspace; null while it waits for the lock to be taken over. */
  get workspace(): W | null {
    return this.opened;
  }

  /** Who holds the lock, while the gate waits. */
  get holder(): LockHolder | null {
    return this.waiting?.holder ?? null;
  }

  private current(): Handlers {
    if (this.openedHandlers) return this.openedHandlers;
    const waiting = this.waiting!;
    const refuse = async (): Promise<never> => {
      throw new CollateError(waiting.code, waiting.message);
    };
    const refusing = Object.fromEntries(methods.map((m: Method) => [m, refuse])) as unknown as Handlers;
    return {
      ...refusing,
      lockHolder: async () => waiting.holder,
      takeOverLock: async () => (await this.takeOver()).info(),
    };
  }

  /** Opens the workspace taking the lock over; two clicks at once open it once. */
  private async takeOver(): Promise<W> {
    this.opening ??= this.open(true).finally(() => (this.opening = null));
    const workspace = await this.opening;
    this.opened = workspace;
    this.openedHandlers = workspaceHandlers(workspace);
    this.waiting = null;
    return workspace;
  }
}
