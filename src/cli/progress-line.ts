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

const duration = (seconds: number): string => {
  const s = Math.max(0, Math.round(seconds));
  return s >= 60 ? `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, '0')}s` : `${s}s`;
};

/**
 * The one progress line of a batch over documents: count, rate and time left, e.g.
 * `Suggesting [120/1000] 35.2 documents/s, about 25s left`. On a terminal it is rewritten in place;
 * elsewhere (asked for with --progress) it is a new line every `everyMs` at most, and at the end.
 * `now` is the clock, given by tests.
 */
export function rateLine(
  stream: { isTTY?: boolean; write(text: string): unknown },
  step: string,
  { now = () => Date.now(), everyMs = 2000 }: { now?: () => number; everyMs?: number } = {},
): ProgressLine {
  const started = now();
  let shown = false;
  let lastWritten = -Infinity;
  const describeRate = (done: number, total: number): string => {
    const seconds = (now() - started) / 1000;
    const rate = seconds > 0 ? done / seconds : 0;
    const left = rate > 0 ? `, about ${duration((total - done) / rate)} left` : '';
    return `${step} [${done}/${total}] ${rate.toFixed(1)} documents/s${done > 0 ? left : ''}`;
  };
  return {
    show({ done, total }) {
      if (stream.isTTY) {
        stream.write(`\r\x1b[K${describeRate(done, total)}`);
        shown = true;
      } else if (now() - lastWritten >= everyMs || done === total) {
        lastWritten = now();
        stream.write(`${describeRate(done, total)}\n`);
      }
    },
    clear() {
      if (shown) stream.write('\r\x1b[K');
      shown = false;
    },
  };
}
