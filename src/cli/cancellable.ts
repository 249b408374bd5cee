/**
 * Runs a long command with Ctrl+C (and SIGTERM) turned into a cancellation: `onCancel` says so and
 * the signal aborts; the command then stops at its next step and leaves nothing behind. A second
 * Ctrl+C ends the process at once.
 */
export async function cancellable<T>(run: (signal: AbortSignal) => Promise<T>, onCancel: () => void): Promise<T> {
  const controller = new AbortController();
  const onInterrupt = (): void => {
    onCancel();
    controller.abort();
  };
  process.once('SIGINT', onInterrupt);
  process.once('SIGTERM', onInterrupt);
  try {
    return await run(controller.signal);
  } finally {
    process.removeListener('SIGINT', onInterrupt);
    process.removeListener('SIGTERM', onInterrupt);
  }
}
