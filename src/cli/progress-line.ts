import type { JobProgress } from '../api/contract';

export interface ProgressLine {
  show(progress: JobProgress): void;
  /** Removes the line from a terminal, before anything else is printed. */
  clear(): void;
}

const describe = ({ step, done, total }: JobProgress): string =>
  total > 0 ? `[${done}/${total}] ${step}…` : `${step}…`;

/**
 * Progress on stderr: on a terminal one line rewritten in place; elsewhere (a log, a pipe) one line
 * per step, so that the log stays short.
 */
export function progressLine(stream: { isTTY?: boolean; write(text: string): unknown }): ProgressLine {
  let shown = false;
  let lastStep: string | null = null;
  if (stream.isTTY) {
    return {
      show(progress) {
        stream.write(`\r\x1b[K${describe(progress)}`);
        shown = true;
      },
      clear() {
        if (shown) stream.write('\r\x1b[K');
        shown = false;
      },
    };
  }
  return {
    show(progress) {
      if (progress.step === lastStep) return;
      lastStep = progress.step;
      stream.write(`${describe(progress)}\n`);
    },
    clear() {},
  };
}
